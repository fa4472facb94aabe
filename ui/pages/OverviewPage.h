// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QWidget>

class QLabel;

namespace streamlens::ui {

class DataController;
class JobTracker;
class KpiTile;

// Executive summary: the headline QoE KPIs of the current selection.
class OverviewPage : public QWidget {
    Q_OBJECT
public:
    explicit OverviewPage(DataController* data, QWidget* parent = nullptr);

    // Last KPIs shown (contract JSON keys), for tests and exports.
    const QJsonObject& kpis() const { return m_kpis; }
    QString tileText(const QString& key) const;

signals:
    // Emitted after the tiles show the KPIs of the latest dataset/filter.
    void refreshed();

private:
    void refresh();
    void showKpis(const QJsonObject& kpis);

    DataController* m_data;
    JobTracker* m_jobs;
    QLabel* m_heading;
    QLabel* m_scope;
    QMap<QString, KpiTile*> m_tiles;
    QJsonObject m_kpis;
};

} // namespace streamlens::ui

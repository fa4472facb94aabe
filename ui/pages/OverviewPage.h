// SPDX-License-Identifier: MIT
#pragma once

#include "query/Filter.h"

#include <QJsonObject>
#include <QMap>
#include <QWidget>

#include <memory>

class QGridLayout;
class QLabel;

namespace streamlens::summary {
struct ExecutiveSummaryResult;
struct KpiChange;
} // namespace streamlens::summary

namespace streamlens::ui {

class DataController;
class FindingsList;
class JobTracker;
class KpiTile;

// Executive summary: the headline QoE KPIs of the current selection with their change against
// the previous period of equal length (coloured only when significant after Holm correction
// and practically relevant), a sparkline each, and the "what changed" findings. Everything is
// computed by summary::ExecutiveSummary in one job off the GUI thread.
class OverviewPage : public QWidget {
    Q_OBJECT
public:
    explicit OverviewPage(DataController* data, QWidget* parent = nullptr);
    ~OverviewPage() override;

    // Last KPIs shown (contract JSON keys), for tests and exports.
    const QJsonObject& kpis() const { return m_kpis; }
    QString tileText(const QString& key) const;
    // The change line of a tile ("▲ 3.2 % vs previous 7 days"), empty for an unknown key.
    QString tileChangeText(const QString& key) const;
    KpiTile* tile(const QString& key) const { return m_tiles.value(key); }
    FindingsList* findings() const { return m_findings; }
    // The latest summary (null until the first one arrived).
    const summary::ExecutiveSummaryResult* summary() const { return m_summary.get(); }

signals:
    // Emitted after the tiles show the KPIs of the latest dataset/filter.
    void refreshed();
    // A finding was clicked: its filter selects the segment it is about.
    void findingActivated(const streamlens::query::Filter& filter);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void retranslateUi();
    void refresh();
    void present(std::shared_ptr<summary::ExecutiveSummaryResult> result);
    void showTiles();
    void layoutTiles();
    QString changeLine(const summary::KpiChange& change) const;
    QString changeToolTip(const summary::KpiChange& change) const;

    DataController* m_data;
    JobTracker* m_jobs;
    QLabel* m_heading;
    QLabel* m_scope;
    QLabel* m_period;
    QGridLayout* m_grid;
    QMap<QString, KpiTile*> m_tiles;
    QStringList m_order;
    FindingsList* m_findings;
    QJsonObject m_kpis;
    std::shared_ptr<summary::ExecutiveSummaryResult> m_summary;
    QString m_error;
    int m_columns = 0;
};

} // namespace streamlens::ui

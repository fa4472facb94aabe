// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

#include <optional>
#include <vector>

class QLabel;

namespace streamlens::ui {

class Sparkline;

// One headline number of the executive summary: a caption, the value, the change against the
// previous period, a sparkline and a line of detail. The change is coloured only when the
// page says it is significant (good or bad news); otherwise it stays muted.
class KpiTile : public QFrame {
    Q_OBJECT
public:
    enum class ChangeTone { Neutral, Good, Bad };

    explicit KpiTile(const QString& caption, QWidget* parent = nullptr);

    void setCaption(const QString& caption);
    void setValue(const QString& value, const QString& detail = {});
    QString value() const;
    // The change line ("▲ 3.2 % vs previous 30 days") with its colour and the tooltip that
    // explains the test behind it.
    void setChange(const QString& text, ChangeTone tone, const QString& toolTip);
    QString changeText() const;
    ChangeTone changeTone() const { return m_tone; }
    void setSparkline(std::vector<std::optional<double>> values, size_t currentBegin);
    Sparkline* sparkline() const { return m_sparkline; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyTone();

    QLabel* m_caption;
    QLabel* m_value;
    QLabel* m_change;
    Sparkline* m_sparkline;
    QLabel* m_detail;
    ChangeTone m_tone = ChangeTone::Neutral;
};

} // namespace streamlens::ui

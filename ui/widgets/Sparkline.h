// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QWidget>

#include <optional>
#include <vector>

namespace streamlens::ui {

// A small line of a KPI over time, without axes: the previous period in a muted colour, the
// current one in the accent colour, a gap where a bucket has no data.
class Sparkline : public QWidget {
    Q_OBJECT
public:
    explicit Sparkline(QWidget* parent = nullptr);

    // currentBegin: index of the first bucket of the current period (0: all current).
    void setSeries(std::vector<std::optional<double>> values, size_t currentBegin);
    void setAccent(const QColor& colour);
    const std::vector<std::optional<double>>& values() const { return m_values; }

    QSize sizeHint() const override { return {160, 34}; }
    QSize minimumSizeHint() const override { return {60, 24}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<std::optional<double>> m_values;
    size_t m_currentBegin = 0;
    QColor m_accent;
};

} // namespace streamlens::ui

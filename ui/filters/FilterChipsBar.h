// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <vector>

class QLabel;

namespace streamlens::ui {

class DataController;
class FilterChip;
class FilterEditor;
class FlowLayout;

// The active filter as a row of chips above the charts ("device_type: smart_tv, mobile ✕",
// "2026-10-01 – 2026-10-14 ✕"), wrapping to more lines when needed. ✕ removes exactly that
// part through the FilterEditor, so it is undoable.
class FilterChipsBar : public QWidget {
    Q_OBJECT
public:
    FilterChipsBar(DataController* data, FilterEditor* editor, QWidget* parent = nullptr);

    const std::vector<FilterChip*>& chips() const { return m_chips; }
    QStringList chipTexts() const;

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    // Chip texts are display labels: a language change rebuilds them.
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    DataController* m_data;
    FilterEditor* m_editor;
    FlowLayout* m_flow;
    QLabel* m_caption;
    std::vector<FilterChip*> m_chips;
};

} // namespace streamlens::ui

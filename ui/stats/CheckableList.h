// SPDX-License-Identifier: MIT
#pragma once

#include <QListWidget>

namespace streamlens::ui {

// A list of check boxes whose boxes show in both themes: Fusion outlines them in the Window
// colour darkened, which vanishes on the dark theme's list background, so the outline
// colour is set halfway between the text and the background, anew on every palette change.
class CheckableList : public QListWidget {
    Q_OBJECT
public:
    explicit CheckableList(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateCheckBoxContrast();

    bool m_updating = false;
};

} // namespace streamlens::ui

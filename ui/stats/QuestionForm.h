// SPDX-License-Identifier: MIT
#pragma once

#include "query/Filter.h"
#include "stats/StatsRequest.h"

#include <QEvent>
#include <QWidget>

#include <memory>

namespace streamlens {
struct Dataset;
}

namespace streamlens::ui {

// The inputs of one kind of question. The chooser shows one form at a time; the page asks
// the visible one for its request when the user runs it.
class QuestionForm : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual StatsQuestionKind kind() const = 0;
    // The form's part of the request (the other parts are left as they are).
    virtual void fillRequest(StatsRequest& request) const = 0;
    // Forms that list values from the data (groups of a dimension) refresh them here.
    virtual void setSource(std::shared_ptr<const Dataset> dataset, const query::Filter& filter)
    {
        Q_UNUSED(dataset);
        Q_UNUSED(filter);
    }
    virtual void retranslateUi() = 0;

signals:
    // An input changed (a shown result no longer matches the form).
    void edited();

protected:
    void changeEvent(QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslateUi();
        QWidget::changeEvent(event);
    }
};

} // namespace streamlens::ui

// SPDX-License-Identifier: MIT
#include "widgets/FindingsList.h"

#include "charts/ChartPalette.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace streamlens::ui {

namespace {

// Forwards a click anywhere on a finding's frame to the list.
class ClickForwarder : public QObject {
public:
    ClickForwarder(FindingsList* list, int index, QObject* parent)
        : QObject(parent)
        , m_list(list)
        , m_index(index)
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::MouseButtonRelease &&
            static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton) {
            m_list->activate(m_index);
            return true;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    FindingsList* m_list;
    int m_index;
};

} // namespace

FindingsList::FindingsList(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_note(new QLabel(this))
    , m_items(new QVBoxLayout)
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setWordWrap(true);
    m_items->setSpacing(6);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_heading);
    layout->addWidget(m_note);
    layout->addLayout(m_items);
    retranslateUi();
}

void FindingsList::retranslateUi()
{
    m_heading->setText(tr("What changed"));
    // Sentences come translated from the core; they are rebuilt when the page recomputes.
    for (size_t i = 0; i < m_itemWidgets.size(); ++i)
        if (auto* label = m_itemWidgets[i]->findChild<QLabel*>())
            // The link takes the accent colour of the theme: the palette's link blue is
            // unreadable on the dark background.
            label->setText(QStringLiteral("<b>%1.</b> %2 <a href=\"%3\" style=\"color:%5\">%4</a>")
                               .arg(QLocale().toString(static_cast<int>(i + 1)),
                                    QString::fromStdString(m_findings[i].sentence).toHtmlEscaped(),
                                    QString::number(i), tr("Show this segment"),
                                    ChartPalette::series(0).name()));
}

void FindingsList::setFindings(const std::vector<summary::Finding>& findings, const QString& note)
{
    for (QWidget* w : m_itemWidgets)
        w->deleteLater();
    m_itemWidgets.clear();
    m_findings = findings;
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    for (size_t i = 0; i < m_findings.size(); ++i) {
        auto* frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setCursor(Qt::PointingHandCursor);
        auto* label = new QLabel(frame);
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        label->setFocusPolicy(Qt::TabFocus);
        connect(label, &QLabel::linkActivated, this,
                [this](const QString& link) { activate(link.toInt()); });
        auto* inner = new QVBoxLayout(frame);
        inner->setContentsMargins(10, 6, 10, 6);
        inner->addWidget(label);
        auto* forwarder = new ClickForwarder(this, static_cast<int>(i), frame);
        frame->installEventFilter(forwarder);
        m_items->addWidget(frame);
        m_itemWidgets.push_back(frame);
    }
    retranslateUi();
}

QString FindingsList::text(int index) const
{
    if (index < 0 || index >= count())
        return {};
    return QString::fromStdString(m_findings[static_cast<size_t>(index)].sentence);
}

void FindingsList::activate(int index)
{
    if (index < 0 || index >= count())
        return;
    emit findingActivated(m_findings[static_cast<size_t>(index)].filter);
}

void FindingsList::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace streamlens::ui

// SPDX-License-Identifier: MIT
#include "filters/FacetGroup.h"

#include "filters/FacetListModel.h"
#include "filters/FilterText.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace streamlens::ui {

namespace {
// Short lists show every value; long ones scroll after this many rows.
constexpr int kMaxVisibleRows = 8;
} // namespace

FacetGroup::FacetGroup(query::DimensionId dimension, bool searchable, QWidget* parent)
    : QWidget(parent)
    , m_dimension(dimension)
    , m_model(new FacetListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_title(new QLabel(this))
    , m_clear(new QToolButton(this))
    , m_view(new QTreeView(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_clear->setAutoRaise(true);

    m_model->setDimension(dimension);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(FacetListModel::ValueColumn);
    // Search finds "Germany" and "DE" alike.
    m_proxy->setFilterRole(FacetListModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setHeaderHidden(true);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FacetListModel::ValueColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(FacetListModel::CountColumn,
                                           QHeaderView::ResizeToContents);
    m_view->setFrameShape(QFrame::NoFrame);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_title, 1);
    header->addWidget(m_clear);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(2);
    layout->addLayout(header);
    if (searchable) {
        m_search = new QLineEdit(this);
        m_search->setClearButtonEnabled(true);
        layout->addWidget(m_search);
        connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
            m_proxy->setFilterFixedString(text);
            updateHeight();
        });
    }
    layout->addWidget(m_view);

    connect(m_clear, &QToolButton::clicked, this, [this] { emit clearRequested(m_dimension); });
    connect(m_model, &FacetListModel::checkedValuesEdited, this, [this](const QStringList& v) {
        updateHeader();
        emit valuesEdited(m_dimension, v);
    });
    // A click anywhere on the row toggles the value, not only on the small check box (the
    // model leaves the items not user-checkable so the box does not toggle a second time).
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex& index) {
        const QModelIndex valueIndex = index.siblingAtColumn(FacetListModel::ValueColumn);
        const bool checked =
            valueIndex.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
        m_proxy->setData(valueIndex, checked ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &FacetGroup::updateHeight);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FacetGroup::updateHeight);
    retranslateUi();
    updateCheckBoxContrast();
    updateHeight();
}

void FacetGroup::retranslateUi()
{
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Remove the %1 filter").arg(dimensionTitle(m_dimension)));
    if (m_search)
        m_search->setPlaceholderText(tr("Search %1…").arg(dimensionTitle(m_dimension)));
    m_model->retranslate();
    updateHeader();
}

void FacetGroup::updateCheckBoxContrast()
{
    // Fusion outlines check boxes in the Window colour darkened: in the dark theme that is
    // next to black on a black list, and the boxes vanish. A colour halfway between the text
    // and the list's background gives an outline that shows in both themes.
    const QColor text = palette().color(QPalette::Text);
    const QColor base = palette().color(QPalette::Base);
    QPalette p = m_view->palette();
    p.setColor(QPalette::Window,
               QColor((text.red() + base.red()) / 2, (text.green() + base.green()) / 2,
                      (text.blue() + base.blue()) / 2));
    m_view->setPalette(p);
}

void FacetGroup::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        updateCheckBoxContrast();
    QWidget::changeEvent(event);
}

void FacetGroup::setCheckedValues(const QStringList& values)
{
    m_model->setCheckedValues(values);
    updateHeader();
}

void FacetGroup::updateHeader()
{
    const int checked = static_cast<int>(m_model->checkedValues().size());
    m_title->setText(checked ? tr("%1 (%2)").arg(dimensionTitle(m_dimension)).arg(checked)
                             : dimensionTitle(m_dimension));
    m_clear->setEnabled(checked > 0);
}

void FacetGroup::updateHeight()
{
    // Each list is as tall as its rows (up to a limit), so the panel scrolls as a whole
    // instead of nesting many small scroll areas.
    const int rows = std::max(1, std::min(kMaxVisibleRows, m_proxy->rowCount()));
    int rowHeight = m_view->sizeHintForRow(0);
    if (rowHeight <= 0)
        rowHeight = fontMetrics().height() + 4;
    m_view->setFixedHeight(rows * rowHeight + 2 * m_view->frameWidth() + 2);
}

} // namespace streamlens::ui

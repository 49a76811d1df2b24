#include "formview.h"

#include "formviewinternal.h"
#include "locale/digits.h"

#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

// FormView: construction, pages and navigation. Building a page is in formviewbuild.cpp,
// answers and repeats in formviewchanges.cpp, validation and the keyboard in formviewkeyboard.cpp.

using namespace Qt::StringLiterals;

namespace pluslife::ui {

using detail::makeHeading;

FormView::FormView(forms::FormSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(makeHeading(QString(), this))
    , m_scroll(new QScrollArea(this))
    , m_previous(new QPushButton(tr("&Previous"), this))
    , m_next(new QPushButton(tr("&Next"), this))
    , m_progressLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(u"formView"_s);
    m_title->setObjectName(u"formPageTitle"_s);
    m_scroll->setObjectName(u"formScrollArea"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFocusPolicy(Qt::NoFocus); // Tab goes from question to question
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_previous->setObjectName(u"formPreviousButton"_s);
    m_next->setObjectName(u"formNextButton"_s);
    m_previous->setAutoDefault(false);
    m_next->setAutoDefault(false);
    m_progressLabel->setObjectName(u"formPageLabel"_s);
    m_progress->setObjectName(u"formProgress"_s);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(m_progressLabel->sizeHint().height() / 2 + 2);

    auto *navigation = new QHBoxLayout;
    navigation->addWidget(m_previous);
    navigation->addWidget(m_progressLabel);
    navigation->addWidget(m_progress, 1);
    navigation->addWidget(m_next);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(navigation);

    m_confirmRemove = [](QWidget *owner, const QString &title) {
        return QMessageBox::question(owner, FormView::tr("Remove"),
                                     FormView::tr("Remove “%1” and all its answers?").arg(title),
                                     QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    m_chooseFile = [](QWidget *owner, const QString &mediaType) {
        const QString filter = mediaType.startsWith(u"image"_s)
                                   ? FormView::tr("Images (*.png *.jpg *.jpeg *.bmp *.gif)")
                                   : FormView::tr("All files (*)");
        return QFileDialog::getOpenFileName(owner, FormView::tr("Choose a file to attach"),
                                            QString(), filter);
    };

    connect(m_previous, &QPushButton::clicked, this, [this] { previousPage(); });
    connect(m_next, &QPushButton::clicked, this, [this] { nextPage(); });

    m_pages = m_session.pages();
    int first = 0;
    while (first < pageCount() && !pageHasContent(first))
        ++first;
    m_page = first < pageCount() ? first : (pageCount() > 0 ? 0 : -1);
    buildPage();
}

FormView::~FormView() = default;

void FormView::setRemoveConfirmer(RemoveConfirmer confirmer)
{
    m_confirmRemove = std::move(confirmer);
}

void FormView::setFileChooser(FileChooser chooser)
{
    m_chooseFile = std::move(chooser);
}

FormField *FormView::field(const QString &path) const
{
    return m_fieldByPath.value(path);
}

// ---------------------------------------------------------------- pages

bool FormView::goToPage(int page)
{
    if (page < 0 || page >= pageCount())
        return false;
    const bool changed = page != m_page;
    m_page = page;
    buildPage();
    focusFirstField();
    if (changed)
        emit pageChanged(m_page);
    return true;
}

bool FormView::nextPage()
{
    for (int page = m_page + 1; page < pageCount(); ++page) {
        if (pageHasContent(page))
            return goToPage(page);
    }
    return false;
}

bool FormView::previousPage()
{
    for (int page = m_page - 1; page >= 0; --page) {
        if (pageHasContent(page))
            return goToPage(page);
    }
    return false;
}

bool FormView::hasNextPage() const
{
    for (int page = m_page + 1; page < pageCount(); ++page) {
        if (pageHasContent(page))
            return true;
    }
    return false;
}

bool FormView::hasPreviousPage() const
{
    for (int page = m_page - 1; page >= 0; --page) {
        if (pageHasContent(page))
            return true;
    }
    return false;
}

bool FormView::pageHasContent(int page) const
{
    return m_session.isPageRelevant(page);
}

int FormView::pageOfControl(int control) const
{
    const forms::FormDefinition &form = m_session.definition();
    if (control < 0 || control >= form.controls.size())
        return -1;
    int top = control;
    while (form.controls.at(top).parent >= 0)
        top = form.controls.at(top).parent;
    for (int page = 0; page < pageCount(); ++page) {
        if (m_pages.at(page).controls.contains(top))
            return page;
    }
    return -1;
}

void FormView::updateNavigation()
{
    const QLocale loc = locale();
    const int count = pageCount();
    const int shown = m_page + 1;
    m_progressLabel->setText(tr("Page %1 of %2")
                                 .arg(locale::localizeDigits(QString::number(shown), loc),
                                      locale::localizeDigits(QString::number(count), loc)));
    m_progress->setRange(0, qMax(count, 1));
    m_progress->setValue(qMax(shown, 0));
    m_previous->setEnabled(hasPreviousPage());
    m_next->setEnabled(hasNextPage());
}

void FormView::reload()
{
    m_pages = m_session.pages();
    if (m_page >= pageCount())
        m_page = pageCount() - 1;
    if (m_page < 0 && pageCount() > 0)
        m_page = 0;
    buildPage();
}

} // namespace pluslife::ui

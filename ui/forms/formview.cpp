#include "formview.h"

#include "common/wrappedlabel.h"
#include "formfield.h"
#include "locale/digits.h"

#include <QApplication>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {
namespace {

bool isEnterKey(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
}

// "/data/members[2]/children" for the repeat whose instances are /data/members[2]/children[n].
QString repeatPathOf(const forms::FormItem &repeat)
{
    QString path = repeat.path;
    if (path.endsWith(u']')) {
        const qsizetype open = path.lastIndexOf(u'[');
        if (open > 0)
            path.truncate(open);
    }
    return path;
}

QLabel *makeHeading(const QString &text, QWidget *parent)
{
    QLabel *heading = makeWrappedLabel(text, parent);
    QFont font = heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    heading->setFont(font);
    heading->setVisible(!text.isEmpty());
    return heading;
}

} // namespace

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

// ---------------------------------------------------------------- building a page

void FormView::buildPage()
{
    // The old page may be the sender of the signal that got us here: delete it later.
    if (QWidget *old = m_scroll->takeWidget()) {
        old->hide();
        old->deleteLater();
    }
    m_fields.clear();
    m_fieldByPath.clear();
    m_dynamicText.clear();
    m_sections.clear();

    m_content = new QWidget;
    m_content->setObjectName(u"formPage"_s);
    auto *layout = new QVBoxLayout(m_content);
    const QString title = m_page >= 0 ? m_pages.at(m_page).title : QString();
    if (m_page >= 0)
        buildItems(m_session.pageItems(m_page), m_content, layout, true);
    layout->addStretch(1);
    m_scroll->setWidget(m_content);
    // The page's widgets are new, so last in the focus chain: Previous and Next go after them.
    QWidget *last = m_content;
    for (QWidget *w = m_content->nextInFocusChain(); w != m_content && m_content->isAncestorOf(w);
         w = w->nextInFocusChain())
        last = w;
    QWidget::setTabOrder(last, m_previous);
    QWidget::setTabOrder(m_previous, m_next);
    m_title->setText(title);
    m_title->setVisible(!title.isEmpty());
    updateNavigation();
}

void FormView::buildItems(const QList<forms::FormItem> &items, QWidget *parent, QVBoxLayout *layout,
                          bool topLevel, const QString &groupLabel)
{
    using Kind = forms::FormItem::Kind;
    for (const forms::FormItem &item : items) {
        switch (item.kind) {
        case Kind::Group:
        case Kind::RepeatInstance:
            buildGroup(item, parent, layout, topLevel);
            break;
        case Kind::Repeat:
            buildRepeat(item, parent, layout, groupLabel);
            break;
        default:
            if (!item.path.isEmpty())
                addField(item, parent, layout);
            break;
        }
    }
}

void FormView::buildGroup(const forms::FormItem &group, QWidget *parent, QVBoxLayout *layout,
                          bool topLevel)
{
    // A page that is one group already shows its label as the page title.
    const bool titled = !group.label.isEmpty() &&
                        !(topLevel && m_page >= 0 && group.label == m_pages.at(m_page).title);
    auto *box = new QFrame(parent);
    box->setObjectName(u"group:"_s + group.path);
    auto *inner = new QVBoxLayout(box);
    QLabel *heading = nullptr;
    if (titled) {
        box->setFrameShape(QFrame::StyledPanel);
        heading = makeHeading(group.label, box);
        inner->addWidget(heading);
    } else {
        inner->setContentsMargins(0, 0, 0, 0);
    }
    layout->addWidget(box);
    // ODK puts a repeat's label on the group around it.
    buildItems(group.children, box, inner, false, group.label);
    addSection(group, box, heading);
}

void FormView::buildRepeat(const forms::FormItem &repeat, QWidget *parent, QVBoxLayout *layout,
                           const QString &groupLabel)
{
    const QString repeatPath = repeatPathOf(repeat);
    const QString label = repeat.label.isEmpty() ? groupLabel : repeat.label;
    auto *box = new QWidget(parent);
    box->setObjectName(u"repeat:"_s + repeatPath);
    auto *inner = new QVBoxLayout(box);
    inner->setContentsMargins(0, 0, 0, 0);
    QLabel *heading = nullptr;
    if (!repeat.label.isEmpty() && repeat.label != m_pages.value(m_page).title) {
        heading = makeHeading(repeat.label, box);
        inner->addWidget(heading);
    }
    layout->addWidget(box);

    const QLocale loc = locale();
    int number = 0;
    for (const forms::FormItem &instance : repeat.children) {
        if (instance.kind != forms::FormItem::Kind::RepeatInstance) {
            buildItems({instance}, box, inner, false);
            continue;
        }
        ++number;
        const QString numberText = locale::localizeDigits(QString::number(number), loc);
        const QString title =
            label.isEmpty() ? tr("Item %1", "a repeat instance without a label").arg(numberText)
                            : tr("%1 %2", "a repeat instance: the repeat's label and its number, "
                                          "e.g. Member 2")
                                  .arg(label, numberText);
        auto *frame = new QFrame(box);
        frame->setObjectName(u"instance:"_s + instance.path);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *frameLayout = new QVBoxLayout(frame);
        auto *header = new QHBoxLayout;
        QLabel *titleLabel = makeHeading(title, frame);
        titleLabel->setObjectName(u"title:"_s + instance.path);
        header->addWidget(titleLabel, 1);
        frameLayout->addLayout(header);
        inner->addWidget(frame);
        const QString outerInstance = std::exchange(m_instanceContext, instance.path);
        buildItems(instance.children, frame, frameLayout, false);
        m_instanceContext = outerInstance;
        if (repeat.canAddRemove) {
            // After the instance's questions: Tab reaches it once they are answered.
            auto *remove = new QPushButton(tr("Remove"), frame);
            remove->setObjectName(u"remove:"_s + instance.path);
            remove->setAutoDefault(false);
            remove->setToolTip(tr("Remove %1").arg(title));
            header->addWidget(remove, 0, Qt::AlignTop);
            const QString instancePath = instance.path;
            connect(remove, &QPushButton::clicked, this,
                    [this, instancePath, title] { removeRepeatInstance(instancePath, title); });
        }
        addSection(instance, frame, nullptr);
    }
    if (repeat.canAddRemove) {
        auto *add = new QPushButton(
            label.isEmpty() ? tr("Add")
                            : tr("Add %1", "add a repeat instance: the repeat's label").arg(label),
            box);
        add->setObjectName(u"add:"_s + repeatPath);
        add->setAutoDefault(false);
        auto *row = new QHBoxLayout;
        row->addWidget(add);
        row->addStretch(1);
        inner->addLayout(row);
        connect(add, &QPushButton::clicked, this,
                [this, repeatPath] { addRepeatInstance(repeatPath); });
    }
    forms::FormItem shown = repeat;
    shown.path = repeatPath;
    addSection(shown, box, heading);
}

void FormView::addField(const forms::FormItem &item, QWidget *parent, QVBoxLayout *layout)
{
    auto *field = new FormField(m_session.definition(), item, parent);
    layout->addWidget(field);
    m_fields.append(field);
    m_fieldByPath.insert(item.path, field);
    if (field->hasDynamicText())
        m_dynamicText.append(field);
    if (m_revealed.contains(item.path))
        field->setRevealed(true);
    connect(field, &FormField::answered, this,
            [this, field](const QString &value) { commit(field, value); });
    connect(field, &FormField::editingFinished, field, &FormField::showStoredAnswer);
    connect(field, &FormField::uploadClicked, this, [this, field] { chooseAttachment(field); });
    if (auto *plain = qobject_cast<QPlainTextEdit *>(field->focusTarget()))
        plain->installEventFilter(this);
}

void FormView::addSection(const forms::FormItem &item, QWidget *box, QLabel *heading)
{
    box->setVisible(item.relevant);
    if (item.path.isEmpty() || m_sections.contains(item.path))
        return; // a group without a ref has no state of its own; a group around a repeat
                // shares its node with the first instance, registered first
    Section section;
    section.box = box;
    section.heading = heading;
    section.relevant = item.relevant;
    section.label = item.label;
    m_sections.insert(item.path, section);
}

void FormView::refreshSection(const QString &path)
{
    auto it = m_sections.find(path);
    if (it == m_sections.end())
        return;
    const forms::FormItem item = m_session.item(path);
    if (it->relevant != item.relevant) {
        it->relevant = item.relevant;
        it->box->setVisible(item.relevant);
    }
    if (it->heading && it->label != item.label && !item.label.isEmpty()) {
        it->label = item.label;
        it->heading->setText(item.label);
    }
}

// ---------------------------------------------------------------- changes

void FormView::commit(FormField *field, const QString &value)
{
    const QString path = field->path();
    const forms::FormChange change = m_session.setValue(path, value);
    if (!change.ok()) {
        field->showRefused(change.error);
        return;
    }
    field->clearRefused();
    m_revealed.insert(path);
    field->setRevealed(true);
    applyChange(change, field, true);
    emit edited();
}

forms::FormChange FormView::setAnswer(const QString &path, const QString &value)
{
    FormField *target = m_fieldByPath.value(path);
    const forms::FormChange change = m_session.setValue(path, value);
    if (!change.ok()) {
        if (target)
            target->showRefused(change.error);
        return change;
    }
    m_revealed.insert(path);
    if (target) {
        target->clearRefused();
        target->setRevealed(true);
    }
    applyChange(change, target, false);
    emit edited();
    return change;
}

void FormView::applyChange(const forms::FormChange &change, FormField *origin, bool editing)
{
    if (change.structureChanged) {
        rebuildKeepingFocus(focusedName(), editing ? origin : nullptr);
        m_lastRefreshCount = int(m_fields.size());
        return;
    }
    QSet<FormField *> refreshed;
    for (const QString &path : change.changedPaths) {
        if (FormField *target = m_fieldByPath.value(path)) {
            if (refreshed.contains(target))
                continue;
            refreshed.insert(target);
            target->update(m_session.item(path), editing && target == origin);
        } else if (m_sections.contains(path)) {
            refreshSection(path);
        }
    }
    // Labels showing answers (<output/>) are not named by the change: they are few, refresh them.
    for (FormField *target : std::as_const(m_dynamicText)) {
        if (!refreshed.contains(target)) {
            refreshed.insert(target);
            target->update(m_session.item(target->path()), editing && target == origin);
        }
    }
    if (origin && !refreshed.contains(origin)) {
        // Unchanged as stored (e.g. "12." kept as 12): its problem may still have to show.
        refreshed.insert(origin);
        origin->update(m_session.item(origin->path()), editing);
    }
    m_lastRefreshCount = int(refreshed.size());
    if (!change.changedPaths.isEmpty())
        updateNavigation();
}

QString FormView::focusedName() const
{
    const QWidget *focus = QApplication::focusWidget();
    if (!focus || !isAncestorOf(focus))
        return {};
    if (const FormField *owner = fieldContaining(focus))
        return owner->path();
    return focus->objectName();
}

void FormView::rebuildKeepingFocus(const QString &focusName, const FormField *typedIn)
{
    const int scrolled = m_scroll->verticalScrollBar()->value();
    // The worker is typing in the question whose answer changed the structure (a jr:count):
    // what is typed and the cursor go over to the rebuilt question.
    const auto typing = typedIn && typedIn->path() == focusName ? typedIn->typing() : std::nullopt;
    buildPage();
    m_scroll->verticalScrollBar()->setValue(scrolled);
    if (focusName.isEmpty())
        return;
    if (FormField *target = m_fieldByPath.value(focusName)) {
        if (typing)
            target->restoreTyping(*typing);
        target->focusEditor(!typing);
        return;
    }
    if (auto *widget = m_content->findChild<QWidget *>(focusName))
        widget->setFocus(Qt::OtherFocusReason);
}

void FormView::addRepeatInstance(const QString &repeatPath)
{
    const forms::FormChange change = m_session.addRepeat(repeatPath);
    if (!change.ok()) {
        QMessageBox::warning(this, tr("Add"), change.error);
        return;
    }
    applyChange(change, nullptr, false);
    // The keyboard goes to the first question of the new instance.
    const QString instancePrefix =
        repeatPath + u'[' + QString::number(m_session.repeatCount(repeatPath)) + u']';
    for (FormField *candidate : std::as_const(m_fields)) {
        if (candidate->path().startsWith(instancePrefix + u'/') && candidate->canTakeFocus()) {
            m_scroll->ensureWidgetVisible(candidate);
            candidate->focusEditor();
            break;
        }
    }
    emit edited();
}

void FormView::removeRepeatInstance(const QString &instancePath, const QString &title)
{
    if (m_confirmRemove && !m_confirmRemove(this, title))
        return;
    const forms::FormChange change = m_session.removeRepeat(instancePath);
    if (!change.ok()) {
        QMessageBox::warning(this, tr("Remove"), change.error);
        return;
    }
    // Paths after the removed instance now name other answers.
    const QString repeatPath = instancePath.left(instancePath.lastIndexOf(u'['));
    m_revealed.removeIf([&repeatPath](const QString &path) { return path.startsWith(repeatPath); });
    applyChange(change, nullptr, false);
    emit edited();
}

void FormView::chooseAttachment(FormField *field)
{
    const forms::FormDefinition &form = m_session.definition();
    const QString mediaType = field->control() >= 0 && field->control() < form.controls.size()
                                  ? form.controls.at(field->control()).mediaType
                                  : QString();
    const QString path = field->path();
    const QString file = m_chooseFile ? m_chooseFile(this, mediaType) : QString();
    if (!file.isEmpty())
        emit attachmentRequested(path, file);
}

// ---------------------------------------------------------------- validation and keyboard

bool FormView::validateAndFocus()
{
    const QList<forms::FormIssue> issues = m_session.validate();
    for (const forms::FormIssue &issue : issues)
        m_revealed.insert(issue.path);
    if (issues.isEmpty())
        return true;
    const forms::FormIssue &first = issues.first();
    const int page = pageOfControl(first.control);
    if (page >= 0 && page != m_page) {
        goToPage(page);
    } else {
        for (FormField *candidate : std::as_const(m_fields)) {
            if (m_revealed.contains(candidate->path())) {
                candidate->setRevealed(true);
                candidate->update(m_session.item(candidate->path()));
            }
        }
    }
    for (const forms::FormIssue &issue : issues) {
        if (FormField *target = m_fieldByPath.value(issue.path))
            target->showIssue(issue.message);
    }
    if (FormField *target = m_fieldByPath.value(first.path)) {
        m_scroll->ensureWidgetVisible(target);
        target->focusEditor();
    }
    return false;
}

FormField *FormView::fieldContaining(const QWidget *widget) const
{
    for (const QWidget *w = widget; w && w != this; w = w->parentWidget()) {
        if (auto *owner = qobject_cast<FormField *>(const_cast<QWidget *>(w)))
            return m_fields.contains(owner) ? owner : nullptr;
    }
    return nullptr;
}

void FormView::focusFirstField()
{
    for (FormField *candidate : std::as_const(m_fields)) {
        if (candidate->canTakeFocus() && candidate->isVisibleTo(m_content)) {
            candidate->focusEditor();
            return;
        }
    }
}

void FormView::focusNextField(FormField *from)
{
    const qsizetype start = m_fields.indexOf(from);
    for (qsizetype i = start + 1; i < m_fields.size(); ++i) {
        FormField *candidate = m_fields.at(i);
        if (candidate->canTakeFocus() && candidate->isVisibleTo(m_content)) {
            m_scroll->ensureWidgetVisible(candidate);
            candidate->focusEditor();
            return;
        }
    }
    nextPage();
}

void FormView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_shown)
        return;
    m_shown = true;
    const QWidget *focus = QApplication::focusWidget();
    if (!focus || !m_content || !m_content->isAncestorOf(focus))
        focusFirstField();
}

void FormView::keyPressEvent(QKeyEvent *event)
{
    // Enter not taken by the editor itself (line edits, date fields, choices pass it on).
    if (isEnterKey(event)) {
        QWidget *focus = QApplication::focusWidget();
        auto *button = qobject_cast<QPushButton *>(focus);
        if (event->modifiers() & Qt::ControlModifier) {
            nextPage();
        } else if (button && isAncestorOf(button) && !fieldContaining(button)) {
            button->click(); // add, remove, previous, next
        } else if (FormField *owner = fieldContaining(focus)) {
            focusNextField(owner);
        }
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool FormView::eventFilter(QObject *watched, QEvent *event)
{
    // A multi-line text keeps Enter for new lines: Ctrl+Enter moves on to the next page.
    if (event->type() == QEvent::KeyPress && qobject_cast<QPlainTextEdit *>(watched)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (isEnterKey(key) && (key->modifiers() & Qt::ControlModifier)) {
            nextPage();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace pluslife::ui

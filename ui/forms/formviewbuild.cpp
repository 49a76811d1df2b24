#include "formview.h"

#include "common/wrappedlabel.h"
#include "formfield.h"
#include "formviewinternal.h"
#include "locale/digits.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <utility>

// FormView: building a page (its groups, repeats and questions) and refreshing its sections.

using namespace Qt::StringLiterals;

namespace pluslife::ui {

namespace detail {

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

} // namespace detail

namespace {

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

} // namespace

using detail::makeHeading;

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

} // namespace pluslife::ui

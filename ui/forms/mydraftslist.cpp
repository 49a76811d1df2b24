#include "mydraftslist.h"

#include "formlauncher.h"
#include "locale/digits.h"
#include "locale/jalali.h"
#include "services/formservice.h"
#include "services/session.h"

#include <QListWidget>
#include <QMessageBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

MyDraftsList::MyDraftsList(services::Session &session, QWidget *parent)
    : QGroupBox(tr("My drafts"), parent)
    , m_session(session)
    , m_list(new QListWidget(this))
{
    setObjectName(u"myDrafts"_s);
    m_list->setObjectName(u"myDraftsList"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::itemActivated, this, &MyDraftsList::resume);
    reload();
}

void MyDraftsList::reload()
{
    m_list->clear();
    const QLocale locale;
    for (const storage::FormDraftRecord &draft : forms::FormService(m_session).myDrafts()) {
        const QDateTime saved = draft.savedUtc.toLocalTime();
        auto *item = new QListWidgetItem(
            tr("%1 — saved %2 %3")
                .arg(draft.form.title, locale::formatJalaliDate(saved.date(), locale),
                     locale::localizeDigits(saved.time().toString(u"HH:mm"_s), locale)),
            m_list);
        item->setData(Qt::UserRole, draft.id);
    }
    if (m_list->count() == 0) {
        auto *none = new QListWidgetItem(tr("No form is waiting to be finished."), m_list);
        none->setFlags(Qt::NoItemFlags);
    }
}

void MyDraftsList::resume()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || item->data(Qt::UserRole).isNull())
        return;
    const QString error = FormLauncher::resume(m_session, item->data(Qt::UserRole).toLongLong(),
                                               window(), [this](bool) { reload(); });
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("My drafts"), error);
}

} // namespace pluslife::ui

#include "formparserfuzz.h"

#include "engine/formparser.h"
#include "engine/formsession.h"

#include <QByteArray>
#include <QDateTime>
#include <QTimeZone>

using namespace pluslife::forms;

namespace {

void exercise(FormSession &session, const QList<FormItem> &items, int &budget)
{
    for (const FormItem &item : items) {
        if (--budget < 0)
            return;
        switch (item.kind) {
        case FormItem::Kind::Repeat:
            session.addRepeat(item.path);
            break;
        case FormItem::Kind::Select1:
        case FormItem::Kind::Select:
            if (!item.choices.isEmpty())
                session.setValue(item.path, item.choices.constFirst().value);
            break;
        default:
            session.setValue(item.path, QStringLiteral("1"));
            session.setValue(item.path, QStringLiteral("2026-11-23"));
            break;
        }
        exercise(session, item.children, budget);
    }
}

} // namespace

void fuzzFormParser(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return;
    const QByteArray xml(reinterpret_cast<const char *>(data), qsizetype(size));
    const FormParseResult parsed = parseForm(xml);
    (void)parsed.report();
    if (!parsed.ok())
        return;
    FormContext context;
    context.userName = QStringLiteral("fuzz");
    context.now = [] { return QDateTime(QDate(2026, 11, 23), QTime(10, 30), QTimeZone::utc()); };
    auto session = FormSession::start(parsed.form, context);
    if (!session)
        return;
    int budget = 200;
    exercise(*session, session->allItems(), budget);
    for (int page = 0; page < session->pages().size(); ++page)
        (void)session->pageItems(page);
    (void)session->validate();
    (void)session->caseFieldValues();
    const QByteArray draft = session->instanceXml();
    (void)session->submissionXml(QStringLiteral("uuid:previous"));
    auto resumed = FormSession::resume(parsed.form, context, draft);
    if (resumed)
        (void)resumed->allItems();
}

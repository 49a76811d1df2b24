#include "formscript.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace pluslife::forms;

namespace {

QString restOf(const QString &line, int words)
{
    // Everything after the first `words` space-separated words, as written.
    int at = 0;
    for (int i = 0; i < words; ++i) {
        at = int(line.indexOf(QLatin1Char(' '), at));
        if (at < 0)
            return QString();
        ++at;
    }
    return line.mid(at);
}

bool listed(const QList<FormIssue> &issues, const QString &path)
{
    for (const FormIssue &issue : issues) {
        if (issue.path == path)
            return true;
    }
    return false;
}

} // namespace

FormContext corpusContext()
{
    FormContext context;
    context.userName = QStringLiteral("test.worker");
    context.deviceId = QStringLiteral("test-device");
    context.now = [] {
        return QDateTime(QDate(2026, 11, 23), QTime(10, 30), QTimeZone::systemTimeZone());
    };
    return context;
}

QStringList runFormScript(FormSession &session, const QString &script)
{
    QStringList failures;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        QString line = lines.at(n);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString command = words.value(0);
        const QString path = words.value(1);
        auto fail = [&](const QString &what) {
            failures << QStringLiteral("line %1 (%2): %3").arg(n + 1).arg(line, what);
        };
        if (command == QLatin1String("set")) {
            const FormChange change = session.setValue(path, restOf(line, 2));
            if (!change.ok())
                fail(QStringLiteral("refused: ") + change.error);
        } else if (command == QLatin1String("add")) {
            const FormChange change = session.addRepeat(path);
            if (!change.ok())
                fail(QStringLiteral("refused: ") + change.error);
        } else if (command == QLatin1String("remove")) {
            const FormChange change = session.removeRepeat(path);
            if (!change.ok())
                fail(QStringLiteral("refused: ") + change.error);
        } else if (command == QLatin1String("lang")) {
            session.setLanguage(path);
            if (session.language() != path)
                fail(QStringLiteral("language not available"));
        } else if (command == QLatin1String("expect-refused")) {
            if (session.setValue(path, restOf(line, 2)).ok())
                fail(QStringLiteral("accepted"));
        } else if (command == QLatin1String("expect-value")) {
            const QString actual = session.value(path);
            if (actual != restOf(line, 2))
                fail(QStringLiteral("value is \"%1\"").arg(actual));
        } else if (command == QLatin1String("expect-label")) {
            const QString actual = session.item(path).label;
            if (actual != restOf(line, 2))
                fail(QStringLiteral("label is \"%1\"").arg(actual));
        } else if (command == QLatin1String("expect-invalid")) {
            if (!listed(session.validate(), path))
                fail(QStringLiteral("not listed as invalid"));
        } else if (command == QLatin1String("expect-valid")) {
            const QList<FormIssue> issues = session.validate();
            if (!issues.isEmpty())
                fail(QStringLiteral("invalid: %1 %2")
                         .arg(issues.first().path, issues.first().message));
        } else if (command == QLatin1String("expect-relevant")) {
            if (!session.item(path).relevant)
                fail(QStringLiteral("not relevant"));
        } else if (command == QLatin1String("expect-irrelevant")) {
            if (session.item(path).relevant)
                fail(QStringLiteral("relevant"));
        } else if (command == QLatin1String("expect-casefield")) {
            const QString actual = session.caseFieldValues().value(path);
            if (actual != restOf(line, 2))
                fail(QStringLiteral("case field is \"%1\"").arg(actual));
        } else if (command == QLatin1String("expect-no-casefield")) {
            if (session.caseFieldValues().contains(path))
                fail(QStringLiteral("case field is set"));
        } else if (command == QLatin1String("expect-choices")) {
            QStringList values;
            for (const FormChoiceItem &choice : session.item(path).choices)
                values << choice.value;
            if (values != words.mid(2))
                fail(QStringLiteral("choices are %1").arg(values.join(QLatin1Char(' '))));
        } else if (command == QLatin1String("expect-pages")) {
            if (session.pages().size() != path.toInt())
                fail(QStringLiteral("%1 pages").arg(session.pages().size()));
        } else {
            fail(QStringLiteral("unknown command"));
        }
    }
    return failures;
}

QString canonicalXml(const QByteArray &xml)
{
    static const QRegularExpression uuid(QStringLiteral(
        "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));
    QXmlStreamReader reader(xml);
    QStringList out;
    QString pendingText;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            QStringList attributes;
            for (const QXmlStreamAttribute &a : reader.attributes())
                attributes << a.qualifiedName().toString() + QLatin1Char('=') +
                                  a.value().toString();
            attributes.sort();
            out << QLatin1Char('<') + reader.name().toString() +
                       (attributes.isEmpty()
                            ? QString()
                            : QLatin1Char(' ') + attributes.join(QLatin1Char(' '))) +
                       QLatin1Char('>');
            pendingText.clear();
        } else if (reader.isCharacters()) {
            pendingText += reader.text().toString();
        } else if (reader.isEndElement()) {
            const QString text = pendingText.trimmed();
            if (!text.isEmpty())
                out << text;
            pendingText.clear();
            out << QStringLiteral("</") + reader.name().toString() + QLatin1Char('>');
        }
    }
    if (reader.hasError())
        return QStringLiteral("XML ERROR: ") + reader.errorString();
    QString joined = out.join(QLatin1Char('\n'));
    joined.replace(uuid, QStringLiteral("UUID"));
    return joined;
}

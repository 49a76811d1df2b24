#include "formparser.h"

#include "evaluator.h"
#include "formchecker.h"
#include "xmlsupport.h"

#include <QCoreApplication>

namespace pluslife::forms {

QString FormParseResult::report() const
{
    QStringList lines;
    for (const FormProblem &problem : problems) {
        lines << (problem.line > 0 ? QCoreApplication::translate("FormParser", "line %1: %2")
                                         .arg(problem.line)
                                         .arg(problem.message)
                                   : problem.message);
    }
    return lines.join(QLatin1Char('\n'));
}

const QStringList &supportedFunctions()
{
    static const QStringList names = {
        // XPath 1.0
        QStringLiteral("last"), QStringLiteral("position"), QStringLiteral("count"),
        QStringLiteral("local-name"), QStringLiteral("name"), QStringLiteral("string"),
        QStringLiteral("concat"), QStringLiteral("starts-with"), QStringLiteral("contains"),
        QStringLiteral("substring-before"), QStringLiteral("substring-after"),
        QStringLiteral("substring"), QStringLiteral("string-length"),
        QStringLiteral("normalize-space"), QStringLiteral("translate"), QStringLiteral("boolean"),
        QStringLiteral("not"), QStringLiteral("true"), QStringLiteral("false"),
        QStringLiteral("number"), QStringLiteral("sum"), QStringLiteral("floor"),
        QStringLiteral("ceiling"), QStringLiteral("round"),
        // ODK
        QStringLiteral("selected"), QStringLiteral("count-selected"), QStringLiteral("selected-at"),
        QStringLiteral("jr:choice-name"), QStringLiteral("if"), QStringLiteral("coalesce"),
        QStringLiteral("substr"), QStringLiteral("regex"), QStringLiteral("today"),
        QStringLiteral("now"), QStringLiteral("date"), QStringLiteral("decimal-date-time"),
        QStringLiteral("format-date"), QStringLiteral("int"), QStringLiteral("once"),
        QStringLiteral("uuid"), QStringLiteral("current"), QStringLiteral("instance"),
        QStringLiteral("jr:itext"), QStringLiteral("boolean-from-string")};
    return names;
}

FormParseResult parseForm(const QByteArray &xml)
{
    FormChecker checker(xml);
    return checker.run();
}

} // namespace pluslife::forms

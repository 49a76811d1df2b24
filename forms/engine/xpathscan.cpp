#include "xpathscan.h"

namespace pluslife::forms {

namespace {

bool isNameStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-') ||
           c == QLatin1Char('.');
}

bool isNodeTypeTest(const QString &name)
{
    return name == QLatin1String("node") || name == QLatin1String("text") ||
           name == QLatin1String("comment") || name == QLatin1String("processing-instruction");
}

bool isDateOperator(QStringView op)
{
    return op == u"<" || op == u">" || op == u"<=" || op == u">=" || op == u"-" || op == u"+";
}

} // namespace

XPathScan scanXPath(const QString &expression)
{
    XPathScan scan;
    // Tokens kept: "F(" for a call of F, "op" for operators, "x" for anything else.
    QStringList tokens;
    const int n = int(expression.size());
    int i = 0;
    while (i < n) {
        const QChar c = expression.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            const int end = int(expression.indexOf(c, i + 1));
            i = end < 0 ? n : end + 1;
            tokens << QStringLiteral("x");
        } else if (isNameStart(c)) {
            int j = i + 1;
            while (j < n && isNameChar(expression.at(j)))
                ++j;
            // A QName: prefix:local, but not an axis (name::).
            if (j + 1 < n && expression.at(j) == QLatin1Char(':') &&
                expression.at(j + 1) != QLatin1Char(':') && isNameStart(expression.at(j + 1))) {
                ++j;
                while (j < n && isNameChar(expression.at(j)))
                    ++j;
            }
            QString word = expression.mid(i, j - i);
            // A trailing '-' or '.' belongs to an expression, not to the name ("a -1" typed
            // as "a-1" is still a name in XPath; that's the grammar's own rule).
            int k = j;
            while (k < n && expression.at(k).isSpace())
                ++k;
            // After an operand, and/or/div/mod are operators even before '(' ("a and (b)").
            const bool afterOperand =
                !tokens.isEmpty() &&
                (tokens.last() == QLatin1String("x") || tokens.last() == QLatin1String(")") ||
                 tokens.last() == QLatin1String("]") || tokens.last() == QLatin1String(".") ||
                 tokens.last() == QLatin1String(".."));
            const bool isOperator =
                afterOperand && (word == QLatin1String("and") || word == QLatin1String("or") ||
                                 word == QLatin1String("div") || word == QLatin1String("mod"));
            if (k < n && expression.at(k) == QLatin1Char('(') && !isNodeTypeTest(word) &&
                !isOperator) {
                scan.functions << word;
                tokens << word + QLatin1Char('(');
                // Skip to the matching parenthesis for the date check, but keep scanning
                // inside for nested calls.
                i = k + 1;
                tokens << QStringLiteral("(");
                continue;
            }
            tokens << QStringLiteral("x");
            i = j;
        } else {
            static const QStringList twoChar = {QStringLiteral("<="), QStringLiteral(">="),
                                                QStringLiteral("!="), QStringLiteral("//"),
                                                QStringLiteral(".."), QStringLiteral("::")};
            const QString pair = expression.mid(i, 2);
            if (twoChar.contains(pair)) {
                tokens << pair;
                i += 2;
            } else {
                tokens << QString(c);
                ++i;
            }
        }
    }
    // today() / now() directly beside a comparison or arithmetic operator.
    for (int t = 0; t + 2 < tokens.size(); ++t) {
        const bool dateCall =
            tokens[t] == QLatin1String("today(") || tokens[t] == QLatin1String("now(");
        if (!dateCall || tokens[t + 1] != QLatin1String("(") || tokens[t + 2] != QLatin1String(")"))
            continue;
        const bool before = t > 0 && isDateOperator(tokens[t - 1]);
        const bool after = t + 3 < tokens.size() && isDateOperator(tokens[t + 3]);
        if (before || after)
            scan.rawDateOperation = true;
    }
    return scan;
}

} // namespace pluslife::forms

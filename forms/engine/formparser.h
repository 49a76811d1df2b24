#pragma once

#include "formdefinition.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pluslife::forms {

// One reason a form is refused: where, what, and why, in the UI language.
struct FormProblem {
    int line = 0;    // 1-based line in the XML, 0 when not tied to a line
    QString feature; // the element, attribute, type or function concerned, e.g. "range", "pow()"
    QString message; // translated
};

struct FormParseResult {
    FormDefinitionPtr form; // null when refused
    QList<FormProblem> problems;
    bool ok() const { return form != nullptr && problems.isEmpty(); }
    // Every problem as "line N: message" lines (translated), for dialogs and the command line.
    QString report() const;
};

// Parses and checks an ODK XForms document. A form that is malformed or uses anything outside
// the supported subset is refused as a whole: `form` is null and every problem found is listed.
FormParseResult parseForm(const QByteArray &xml);

// The XPath functions a form may call (core XPath 1.0 plus the ODK ones we implement).
const QStringList &supportedFunctions();

} // namespace pluslife::forms

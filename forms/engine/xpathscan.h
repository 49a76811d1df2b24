#pragma once

#include <QString>
#include <QStringList>

// A light scan of an XPath expression, enough to check a form before it is installed: the
// functions it calls, and whether it compares or subtracts dates directly (libxml2 compares
// strings as numbers, so a date must go through decimal-date-time() first).
namespace pluslife::forms {

struct XPathScan {
    QStringList functions;         // called names, e.g. "concat", "jr:choice-name"
    bool rawDateOperation = false; // today()/now() next to < > <= >= + - (use decimal-date-time)
};

XPathScan scanXPath(const QString &expression);

} // namespace pluslife::forms

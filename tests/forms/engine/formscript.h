#pragma once

#include "engine/formsession.h"

#include <QString>
#include <QStringList>

// Runs a conformance script (tests/data/forms/*.answers) against a session. Each failed
// expectation becomes one line of the returned list, with the script line number.
QStringList runFormScript(pluslife::forms::FormSession &session, const QString &script);

// Whitespace-insensitive canonical text of an XML instance, with generated uuids replaced by
// UUID, for comparing a submission to the expected one.
QString canonicalXml(const QByteArray &xml);

// The fixed context of the conformance corpus.
pluslife::forms::FormContext corpusContext();

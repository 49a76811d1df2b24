#pragma once

#include "engine/formsession.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace pluslife::ui {

// A filled form as readable HTML, question by question: choices by their labels, dates in
// Jalali, digits of the locale, repeats one block per row, unanswered and irrelevant questions
// left out. For looking at a submission and for printing it.
class FormAnswersText {
    Q_DECLARE_TR_FUNCTIONS(FormAnswersText)

public:
    static QString html(const forms::FormSession &answers, const QLocale &locale = QLocale());
    // One answer as the worker reads it.
    static QString displayValue(const forms::FormItem &item, const QLocale &locale);
};

} // namespace pluslife::ui

#pragma once

#include <QFont>
#include <QMessageBox>
#include <QString>

class QPrinter;
class QWidget;

// What every printed document of the desk shares (the household summary, the introduction
// letter): a font with the Persian letters, an A4 page whose metadata names no person, and
// messages that a lock can close like any other window.
namespace pluslife::ui::print {

// Noto Naskh Arabic or Noto Sans Arabic when the system has them (fonts-noto-core), with the
// application font as Latin fallback.
QFont documentFont(qreal pointSize);
// A4 portrait with equal margins; `documentName` must carry no personal data (a file or
// tracking number only).
void setUpA4(QPrinter *printer, qreal marginMillimetres, const QString &documentName);
void showMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                 const QString &objectName);

} // namespace pluslife::ui::print

// Small helpers for driving the caseload widgets in tests (offscreen, Persian typed as key
// events the way a Persian keyboard layout delivers them).
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>
#include <QWidget>

namespace pluslife::test {

// With PLUSLIFE_SCREENSHOT_DIR set, the window is saved as a picture for reviewing the layout.
inline void snapshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PLUSLIFE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->window()->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

inline QWidget *visibleTopLevel(const QString &objectName)
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (window->isVisible() && window->objectName() == objectName)
            return window;
    }
    return nullptr;
}

// QTest::keyClicks takes Latin-1 only: other characters go as key events carrying their text.
inline void typeText(QWidget *widget, const QString &text)
{
    for (QChar ch : text) {
        if (ch.unicode() < 0x80)
            QTest::keyClick(widget, char(ch.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

template <typename T = QWidget> T *child(QWidget *root, const QString &objectName)
{
    T *found = root ? root->findChild<T *>(objectName) : nullptr;
    if (!found)
        qWarning("no %s", qPrintable(objectName));
    return found;
}

inline bool typeInto(QWidget *root, const QString &objectName, const QString &text)
{
    auto *edit = child<QLineEdit>(root, objectName);
    if (!edit)
        return false;
    edit->setFocus();
    edit->selectAll();
    typeText(edit, text);
    return true;
}

inline bool clickOn(QWidget *root, const QString &objectName)
{
    auto *button = child<QAbstractButton>(root, objectName);
    if (!button || !button->isVisible() || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

inline void choose(QWidget *root, const QString &comboName, const QVariant &data)
{
    auto *combo = child<QComboBox>(root, comboName);
    QVERIFY2(combo, qPrintable(comboName));
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(comboName));
    combo->setCurrentIndex(index);
}

inline QString fileNumberInPersian(const QString &ascii)
{
    QString text = ascii;
    for (QChar &c : text) {
        if (c >= u'0' && c <= u'9')
            c = QChar(0x06F0 + (c.unicode() - u'0'));
    }
    return text;
}

} // namespace pluslife::test

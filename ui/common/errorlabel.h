#pragma once

#include <QLabel>

namespace pluslife::ui {

// One line (wrapping when long) that tells the user what went wrong; hidden when empty.
// Plain text only: messages may quote what the user typed.
class ErrorLabel : public QLabel {
    Q_OBJECT
public:
    explicit ErrorLabel(QWidget *parent = nullptr);

    void showError(const QString &message);
    void showNotice(const QString &message); // same place, not an error (e.g. "bound again")
    void clearMessage();
};

} // namespace pluslife::ui

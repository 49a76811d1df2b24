#include "visitreportdialog.h"

#include "caseload/displaytext.h"
#include "common/errorlabel.h"
#include "common/wrappedlabel.h"
#include "locale/jalali.h"
#include "services/session.h"
#include "services/visitservice.h"
#include "visittext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

VisitReportDialog::VisitReportDialog(services::Session &session, const domain::Visit &visit,
                                     QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_visit(visit)
    , m_present(new QLineEdit(this))
    , m_housing(new QComboBox(this))
    , m_observations(new QPlainTextEdit(this))
    , m_observationsError(new ErrorLabel(this))
    , m_agrees(new QComboBox(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(u"visitReportDialog"_s);
    setWindowTitle(tr("Record the home visit"));
    const QLocale locale;
    auto *heading = makeWrappedLabel(tr("Visit of %1 to file %2")
                                         .arg(locale::formatJalaliLong(visit.plannedDate, locale),
                                              fileNumberText(visit.fileNumber, locale)),
                                     this);
    m_present->setObjectName(u"presentEdit"_s);
    m_present->setPlaceholderText(tr("e.g. the mother and two children"));
    m_housing->setObjectName(u"housingConditionCombo"_s);
    for (const QString &key : visits::housingConditionKeys())
        m_housing->addItem(visits::housingConditionText(key), key);
    m_observations->setObjectName(u"observationsEdit"_s);
    m_observations->setTabChangesFocus(true);
    m_observationsError->setObjectName(u"observationsError"_s);
    m_agrees->setObjectName(u"agreesCombo"_s);
    for (const QString &key : visits::agreementKeys())
        m_agrees->addItem(visits::agreementText(key), key);
    m_error->setObjectName(u"visitReportError"_s);

    auto *observations = new QVBoxLayout;
    observations->addWidget(m_observations);
    observations->addWidget(m_observationsError);
    auto *form = new QFormLayout;
    form->addRow(tr("&Present:"), m_present);
    form->addRow(tr("&Housing condition:"), m_housing);
    // A row holding a layout gets no buddy by itself: the mnemonic needs one.
    auto *observationsLabel = new QLabel(tr("&Observations (required):"), this);
    observationsLabel->setBuddy(m_observations);
    form->addRow(observationsLabel, observations);
    form->addRow(tr("&Matches the declared information:"), m_agrees);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record as done"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"recordDoneButton"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 380);
    connect(buttons, &QDialogButtonBox::accepted, this, &VisitReportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void VisitReportDialog::accept()
{
    m_error->clearMessage();
    m_observationsError->clearMessage();
    const QString observations = m_observations->toPlainText().trimmed();
    if (observations.isEmpty()) {
        m_observationsError->showError(tr("Write down what was observed during the visit."));
        m_observations->setFocus();
        return;
    }
    const QVariantMap note{
        {u"present"_s, m_present->text().trimmed()},
        {u"housing_condition"_s, m_housing->currentData().toString()},
        {u"observations"_s, observations},
        {u"agrees_with_declared"_s, m_agrees->currentData().toString()},
    };
    const storage::StoreError error =
        services::VisitService(m_session).recordDone(m_visit.id, note);
    if (!error.ok()) {
        m_error->showError(error.message);
        return;
    }
    QDialog::accept();
}

} // namespace pluslife::ui

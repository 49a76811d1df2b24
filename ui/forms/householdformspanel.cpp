#include "householdformspanel.h"

#include "common/errorlabel.h"
#include "formanswerstext.h"
#include "formlauncher.h"
#include "locale/digits.h"
#include "locale/jalali.h"
#include "services/formservice.h"
#include "services/session.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

namespace {

QString whenText(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    return locale::formatJalaliDate(local.date(), locale) + QLatin1Char(' ') +
           locale::localizeDigits(local.time().toString(u"HH:mm"_s), locale);
}

QTreeWidget *makeList(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setHeaderLabels(headers);
    list->header()->setStretchLastSection(true);
    return list;
}

} // namespace

HouseholdFormsPanel::HouseholdFormsPanel(services::Session &session, qint64 householdId,
                                         QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_householdId(householdId)
    , m_forms(new QComboBox(this))
    , m_fill(new QPushButton(tr("&Fill in…"), this))
    , m_drafts(makeList(u"draftsList"_s, {tr("Form"), tr("Started"), tr("Last saved")}, this))
    , m_resume(new QPushButton(tr("&Resume…"), this))
    , m_discard(new QPushButton(tr("&Throw away…"), this))
    , m_submissions(makeList(u"submissionsList"_s,
                             {tr("Form"), tr("Submitted"), tr("By"), tr("State")}, this))
    , m_view(new QPushButton(tr("&View…"), this))
    , m_correct(new QPushButton(tr("&Correct…"), this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(u"householdFormsPanel"_s);
    m_forms->setObjectName(u"formChoice"_s);
    m_fill->setObjectName(u"fillFormButton"_s);
    m_resume->setObjectName(u"resumeDraftButton"_s);
    m_discard->setObjectName(u"discardDraftButton"_s);
    m_view->setObjectName(u"viewSubmissionButton"_s);
    m_correct->setObjectName(u"correctSubmissionButton"_s);

    auto *formLabel = new QLabel(tr("F&orm:"), this);
    formLabel->setBuddy(m_forms);
    auto *newRow = new QHBoxLayout;
    newRow->addWidget(formLabel);
    newRow->addWidget(m_forms, 1);
    newRow->addWidget(m_fill);

    auto *draftsBox = new QGroupBox(tr("Drafts"), this);
    auto *draftsButtons = new QHBoxLayout;
    draftsButtons->addStretch();
    draftsButtons->addWidget(m_resume);
    draftsButtons->addWidget(m_discard);
    auto *draftsLayout = new QVBoxLayout(draftsBox);
    draftsLayout->addWidget(m_drafts);
    draftsLayout->addLayout(draftsButtons);

    auto *submittedBox = new QGroupBox(tr("Submitted forms"), this);
    auto *submittedButtons = new QHBoxLayout;
    submittedButtons->addStretch();
    submittedButtons->addWidget(m_view);
    submittedButtons->addWidget(m_correct);
    auto *submittedLayout = new QVBoxLayout(submittedBox);
    submittedLayout->addWidget(m_submissions);
    submittedLayout->addLayout(submittedButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(newRow);
    layout->addWidget(m_error);
    layout->addWidget(draftsBox, 1);
    layout->addWidget(submittedBox, 2);

    connect(m_fill, &QPushButton::clicked, this, &HouseholdFormsPanel::fillNew);
    connect(m_resume, &QPushButton::clicked, this, &HouseholdFormsPanel::resumeDraft);
    connect(m_drafts, &QTreeWidget::itemActivated, this, &HouseholdFormsPanel::resumeDraft);
    connect(m_discard, &QPushButton::clicked, this, &HouseholdFormsPanel::discardDraft);
    connect(m_view, &QPushButton::clicked, this, &HouseholdFormsPanel::viewSubmission);
    connect(m_submissions, &QTreeWidget::itemActivated, this, &HouseholdFormsPanel::viewSubmission);
    connect(m_correct, &QPushButton::clicked, this, &HouseholdFormsPanel::correctSubmission);
    reload();
}

void HouseholdFormsPanel::reload()
{
    forms::FormService service(m_session);
    const qint64 chosen = m_forms->currentData().toLongLong();
    m_forms->clear();
    for (const forms::InstalledForm &form : service.installedForms()) {
        const QString activity =
            form.activityCode.isEmpty()
                ? QString()
                : tr(" (activity %1)").arg(locale::localizeDigits(form.activityCode, QLocale()));
        m_forms->addItem(form.title + activity, form.latestVersionId);
    }
    if (const int index = m_forms->findData(chosen); index >= 0)
        m_forms->setCurrentIndex(index);
    m_fill->setEnabled(m_forms->count() > 0);

    m_drafts->clear();
    for (const storage::FormDraftRecord &draft : service.draftsOf(m_householdId)) {
        auto *row = new QTreeWidgetItem(
            m_drafts, {draft.form.title, whenText(draft.startedUtc), whenText(draft.savedUtc)});
        row->setData(0, Qt::UserRole, draft.id);
    }
    m_submissions->clear();
    for (const storage::FormSubmissionRecord &submission : service.submissionsOf(m_householdId)) {
        const QString state = submission.supersededBy
                                  ? tr("Corrected later")
                                  : (submission.supersedes ? tr("Correction") : tr("Current"));
        auto *row = new QTreeWidgetItem(m_submissions,
                                        {submission.form.title, whenText(submission.submittedUtc),
                                         submission.workerName, state});
        row->setData(0, Qt::UserRole, submission.id);
        row->setData(1, Qt::UserRole, submission.supersededBy == 0);
    }
    for (QTreeWidget *list : {m_drafts, m_submissions}) {
        if (list->topLevelItemCount() > 0)
            list->setCurrentItem(list->topLevelItem(0));
    }
    m_resume->setEnabled(m_drafts->topLevelItemCount() > 0);
    m_discard->setEnabled(m_drafts->topLevelItemCount() > 0);
    m_view->setEnabled(m_submissions->topLevelItemCount() > 0);
    m_correct->setEnabled(m_submissions->topLevelItemCount() > 0);
}

qint64 HouseholdFormsPanel::selectedId(QTreeWidget *list) const
{
    const QTreeWidgetItem *row = list->currentItem();
    return row ? row->data(0, Qt::UserRole).toLongLong() : 0;
}

void HouseholdFormsPanel::afterFilling(bool submitted)
{
    reload();
    if (submitted)
        emit fileChanged();
}

void HouseholdFormsPanel::fillNew()
{
    m_error->clearMessage();
    const qint64 versionId = m_forms->currentData().toLongLong();
    if (versionId == 0)
        return;
    forms::FormSubject subject;
    subject.householdId = m_householdId;
    const QString error =
        FormLauncher::startNew(m_session, versionId, subject, window(),
                               [this](bool submitted) { afterFilling(submitted); });
    if (!error.isEmpty())
        m_error->showError(error);
    reload(); // the new draft is listed while it is being filled
}

void HouseholdFormsPanel::resumeDraft()
{
    m_error->clearMessage();
    const qint64 draftId = selectedId(m_drafts);
    if (draftId == 0)
        return;
    const QString error = FormLauncher::resume(m_session, draftId, window(),
                                               [this](bool submitted) { afterFilling(submitted); });
    if (!error.isEmpty())
        m_error->showError(error);
}

void HouseholdFormsPanel::discardDraft()
{
    m_error->clearMessage();
    const qint64 draftId = selectedId(m_drafts);
    if (draftId == 0)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Throw away the draft"),
        tr("Throw away this draft and every answer in it? This cannot be undone."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    const storage::StoreError error = forms::FormService(m_session).discardDraft(draftId);
    if (!error.ok())
        m_error->showError(error.message);
    reload();
}

void HouseholdFormsPanel::viewSubmission()
{
    m_error->clearMessage();
    const qint64 submissionId = selectedId(m_submissions);
    if (submissionId == 0)
        return;
    forms::FormService service(m_session);
    storage::FormSubmissionRecord record;
    storage::StoreError error = service.submission(submissionId, &record);
    forms::FormDefinitionPtr form;
    if (error.ok())
        form = service.load(record.formVersionId, &error);
    if (!error.ok() || !form) {
        m_error->showError(error.message);
        return;
    }
    forms::FormContext context;
    context.now = [this] { return m_session.clock().nowUtc().toLocalTime(); };
    QString resumeError;
    auto answers = forms::FormSession::resume(form, context, record.instanceXml, &resumeError);
    if (!answers) {
        m_error->showError(resumeError);
        return;
    }
    auto *dialog = new QDialog(window());
    dialog->setObjectName(u"submissionDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(
        tr("%1 — submitted %2 by %3")
            .arg(record.form.title, whenText(record.submittedUtc), record.workerName));
    auto *text = new QTextBrowser(dialog);
    text->setObjectName(u"submissionText"_s);
    text->setHtml(FormAnswersText::html(*answers));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(640, 720);
    dialog->open();
}

void HouseholdFormsPanel::correctSubmission()
{
    m_error->clearMessage();
    const qint64 submissionId = selectedId(m_submissions);
    if (submissionId == 0)
        return;
    const QString error = FormLauncher::correct(
        m_session, submissionId, window(), [this](bool submitted) { afterFilling(submitted); });
    if (!error.isEmpty())
        m_error->showError(error);
    reload();
}

} // namespace pluslife::ui

#include "mainwindow/editingcontroller.h"

#include "claims/claimchooser.h"
#include "claims/claimspanel.h"
#include "coding/codebookpanel.h"
#include "coding/codepalette.h"
#include "comparison/comparisonview.h"
#include "editing/editsession.h"
#include "mainwindow/paneldock.h"
#include "models/codebookmodel.h"
#include "notes/notespanel.h"
#include "reading/inspectorpanel.h"
#include "reading/readingpane.h"
#include "registry/registrychooser.h"
#include "session/problems.h"
#include "storage/annotationstore.h"
#include "storage/changenotifier.h"
#include "storage/database.h"
#include "storage/notestore.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPixmap>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace parallax {

EditingController::EditingController(QMainWindow *window, ReadingPane *reader,
                                     ComparisonView *comparison, InspectorPanel *inspector)
    : QObject(window), m_window(window), m_reader(reader), m_comparison(comparison),
      m_inspector(inspector)
{
    m_codebook = new CodebookModel(this);
    m_codebookPanel = new CodebookPanel(m_codebook);
    addPanelDock(window, m_codebookPanel, tr("Codebook"), u"codebookPanel"_s, u"codebookDock"_s,
                 Qt::RightDockWidgetArea);
    m_claimsPanel = new ClaimsPanel;
    addPanelDock(window, m_claimsPanel, tr("Claims"), u"claimsPanel"_s, u"claimsDock"_s,
                 Qt::BottomDockWidgetArea);
    connect(m_claimsPanel, &ClaimsPanel::passageActivated, this,
            &EditingController::passageActivated);

    m_notesPanel = new NotesPanel;
    addPanelDock(window, m_notesPanel, tr("Notes"), u"notesPanel"_s, u"notesDock"_s,
                 Qt::RightDockWidgetArea);
    // The notes follow the article on show and the passage selected in it.
    connect(reader, &ReadingPane::annotationActivated, m_notesPanel,
            [this](qint64 id) { m_notesPanel->setArticle(m_reader->article().article.id, id); });

    m_quickCodes = new QToolBar(tr("Quick Codes"), window);
    m_quickCodes->setObjectName(u"quickCodeBar"_s);
    m_quickCodes->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    window->addToolBar(Qt::TopToolBarArea, m_quickCodes);

    m_undo = new QAction(tr("&Undo"), this);
    m_undo->setObjectName(u"actionUndo"_s);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(false);
    m_redo = new QAction(tr("&Redo"), this);
    m_redo->setObjectName(u"actionRedo"_s);
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setEnabled(false);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->undoStack()->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_session)
            m_session->undoStack()->redo();
    });
    m_showRejected = new QAction(tr("Show &Rejected Annotations"), this);
    m_showRejected->setObjectName(u"actionShowRejected"_s);
    m_showRejected->setCheckable(true);
    connect(m_showRejected, &QAction::toggled, this, &EditingController::refreshAll);

    attach(reader);
    for (int i = 0; i < ComparisonView::kMaxPanes; ++i)
        attach(comparison->pane(i));
    connect(m_codebook, &QAbstractItemModel::modelReset, this, &EditingController::updateCodes);
}

EditingController::~EditingController()
{
    // The panes may be gone already: nothing may reach them from here on.
    disconnect(m_codebook, nullptr, this, nullptr);
    m_codebook->setDatabase(nullptr);
}

void EditingController::addActions(QMenu *editMenu, QMenu *viewMenu)
{
    QAction *first = editMenu->actions().value(0);
    editMenu->insertActions(first, {m_undo, m_redo});
    editMenu->insertSeparator(first);
    QAction *acceptAll = editMenu->addAction(tr("&Accept All Findings in Article"), this, [this] {
        if (m_session && m_reader->hasArticle()) {
            const int accepted = m_session->acceptAll(m_reader->article().article.id);
            m_window->statusBar()->showMessage(tr("%n finding(s) accepted.", nullptr, accepted),
                                               5000);
        }
    });
    acceptAll->setObjectName(u"actionAcceptAll"_s);
    viewMenu->addAction(m_showRejected);
}

bool EditingController::showRejected() const
{
    return m_showRejected->isChecked();
}

void EditingController::setLibrary(LibraryRef library)
{
    m_codebookPanel->setSession(nullptr);
    m_claimsPanel->setLibrary(nullptr, nullptr);
    m_notesPanel->setSession(nullptr, nullptr);
    m_session.reset();
    if (m_library)
        disconnect(m_library->notifier(), nullptr, this, nullptr);
    m_library = library;
    m_codebook->setDatabase(library);
    m_undo->setEnabled(false);
    m_redo->setEnabled(false);
    if (!library)
        return;
    m_session = std::make_unique<EditSession>(*library);
    m_codebookPanel->setSession(m_session.get());
    m_claimsPanel->setLibrary(library, m_session.get());
    m_notesPanel->setSession(library, m_session.get());
    QUndoStack *stack = m_session->undoStack();
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, m_undo, [this](const QString &text) {
        m_undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(stack, &QUndoStack::redoTextChanged, m_redo, [this](const QString &text) {
        m_redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
    connect(m_session.get(), &EditSession::errorOccurred, m_window,
            [this, library](const QString &message) {
                // The window tells of lost locks itself, once, as it reopens the library.
                if (library->locksLost())
                    return;
                QMessageBox::warning(m_window, tr("The change was not saved"),
                                     tr("%1\n\nThe library is as it was before.").arg(message));
            });
    connect(library->notifier(), &ChangeNotifier::changed, this, &EditingController::applyChanges);
}

void EditingController::attach(ReadingPane *pane)
{
    connect(pane, &ReadingPane::applyCodeRequested, this,
            [this, pane](qint64 code) { applyCode(pane, code); });
    connect(pane, &ReadingPane::codePaletteRequested, this, [this, pane] {
        CodePalette palette(m_codebook->codes(), m_window);
        if (palette.exec() == QDialog::Accepted && palette.chosenCode())
            applyCode(pane, palette.chosenCode());
    });
    connect(pane, &ReadingPane::markQuotationRequested, this, [this, pane] {
        if (const auto span = pane->selectedSpan(); span && m_session)
            m_session->markQuotation(pane->article().article.id, span->first, span->second,
                                     std::nullopt);
    });
    connect(pane, &ReadingPane::statusRequested, this, [this](qint64 id, AnnotationStatus status) {
        if (m_session)
            m_session->setStatus(id, status);
    });
    connect(pane, &ReadingPane::removeRequested, this, [this](qint64 id) {
        if (m_session)
            m_session->removeAnnotation(id);
    });
    connect(pane, &ReadingPane::addToClaimRequested, this, &EditingController::addToClaim);
    connect(pane, &ReadingPane::boundariesRequested, this,
            [this](qint64 id, qsizetype start, qsizetype end) {
                if (m_session)
                    m_session->setBoundaries(id, start, end);
            });
    connect(pane, &ReadingPane::speakerRequested, this, &EditingController::chooseSpeaker);
    connect(pane, &ReadingPane::placeRequested, this, [this, pane](qint64 id) {
        if (const Annotation *mention = pane->article().annotation(id))
            choosePlace(pane, mention);
    });
    connect(pane, &ReadingPane::markPlaceRequested, this,
            [this, pane] { choosePlace(pane, nullptr); });
    connect(pane, &ReadingPane::claimFromQuotationRequested, this, [this](qint64 id) {
        if (m_session && m_session->createClaimFromQuotation(id))
            m_window->statusBar()->showMessage(tr("Claim created from the quotation."), 5000);
    });
}

void EditingController::chooseSpeaker(qint64 quoteId)
{
    if (!m_session || !m_library)
        return;
    RegistryChooser chooser(RegistryChooser::Kind::Person, personEntries(*m_library), {}, true,
                            m_window);
    if (chooser.exec() != QDialog::Accepted)
        return;
    if (chooser.createsNew()) {
        const RegistryEntry person = chooser.newEntry();
        m_session->setSpeakerToNewPerson(quoteId, person.name, person.aliases);
    } else if (chooser.choseNone()) {
        m_session->setSpeaker(quoteId, std::nullopt);
    } else if (const RegistryEntry *person = chooser.chosen()) {
        m_session->setSpeaker(quoteId, person->id);
    }
}

void EditingController::choosePlace(ReadingPane *pane, const Annotation *mention)
{
    if (!m_session || !m_library)
        return;
    const auto span =
        mention ? std::optional(std::pair{mention->start, mention->end}) : pane->selectedSpan();
    if (!span) {
        m_window->statusBar()->showMessage(tr("Select the place's name in the article first."),
                                           5000);
        return;
    }
    const qint64 article = pane->article().article.id;
    // The pane reloads its data after each step: keep the id, not the pointer into it.
    const qint64 mentionId = mention ? mention->id : 0;
    const QString spelling =
        pane->article().article.body.mid(span->first, span->second - span->first);
    RegistryChooser chooser(RegistryChooser::Kind::Place, placeEntries(*m_library), spelling, false,
                            m_window);
    if (chooser.exec() != QDialog::Accepted)
        return;
    if (mentionId) {
        m_session->inOneStep(tr("Change Place"), [&] {
            std::optional<qint64> place;
            if (const RegistryEntry *entry = chooser.chosen())
                place = entry->fromGazetteer
                            ? m_session->placeFromGazetteer(entry->name, entry->kind)
                            : std::optional(entry->id);
            if (chooser.createsNew()) {
                const RegistryEntry fresh = chooser.newEntry();
                Place created;
                created.name = fresh.name;
                created.kind = fresh.kind;
                created.aliases = fresh.aliases + QStringList{spelling};
                place = m_session->createPlace(created);
            }
            return place && m_session->setPlace(mentionId, *place);
        });
        return;
    }
    if (chooser.createsNew()) {
        const RegistryEntry fresh = chooser.newEntry();
        Place created;
        created.name = fresh.name;
        created.kind = fresh.kind;
        created.aliases = fresh.aliases;
        m_session->markNewPlace(article, span->first, span->second, created);
    } else if (const RegistryEntry *entry = chooser.chosen()) {
        if (entry->fromGazetteer)
            m_session->markGazetteerPlace(article, span->first, span->second, entry->name,
                                          entry->kind);
        else
            m_session->markPlace(article, span->first, span->second, entry->id);
    }
}

void EditingController::addToClaim(qint64 annotationId)
{
    if (!m_session || !m_library)
        return;
    auto passage = AnnotationStore(*m_library).get(annotationId);
    if (!passage)
        return;
    const ClaimsData claims = ClaimsData::load(*m_library);
    if (claims.claims.isEmpty()) {
        m_window->statusBar()->showMessage(
            tr("There are no claims yet: create one from a quotation."), 6000);
        return;
    }
    ClaimChooser chooser(claims, passage->exact, passage->personId, m_window);
    if (chooser.exec() == QDialog::Accepted && chooser.chosenClaim())
        m_session->addAppearance(chooser.chosenClaim(), annotationId, chooser.chosenType());
}

void EditingController::applyCode(ReadingPane *pane, qint64 codeId)
{
    const auto span = pane->selectedSpan();
    if (!m_session || !span) {
        m_window->statusBar()->showMessage(tr("Select some text of the article first."), 5000);
        return;
    }
    m_session->tagPassage(pane->article().article.id, span->first, span->second, codeId);
}

void EditingController::refreshArticle(qint64 articleId)
{
    if (!m_library)
        return;
    QList<ReadingPane *> panes{m_reader};
    for (int i = 0; i < m_comparison->paneCount(); ++i)
        panes.append(m_comparison->pane(i));
    for (ReadingPane *pane : std::as_const(panes)) {
        if (!pane->hasArticle() || pane->article().article.id != articleId)
            continue;
        auto data = loadReadingData(*m_library, articleId, showRejected());
        if (!data) {
            Problems::report(lcWidgets, tr("Cannot show the changes to the article"),
                             data.error().message);
            continue;
        }
        pane->refreshArticle(*data);
        if (pane == m_reader && m_reader->isVisible())
            m_inspector->setArticle(*data);
    }
}

void EditingController::applyChanges(const ChangeSet &changes)
{
    if (changes.codebook || changes.registry) {
        refreshAll(); // colours, names and spellings anywhere in the shown articles
        return;
    }
    QList<qint64> changed = changes.annotatedArticles;
    for (const qint64 id : changes.articlesUpdated)
        if (!changed.contains(id))
            changed.append(id);
    for (const qint64 id : std::as_const(changed))
        refreshArticle(id);
    if (changes.notes &&
        !changed.contains(m_reader->hasArticle() ? m_reader->article().article.id : 0))
        refreshNotes();
}

void EditingController::refreshNotes()
{
    // Only the inspector lists notes; the text and its highlights stay as they are (notes
    // change on every pause in typing).
    if (!m_library || !m_reader->hasArticle() || !m_reader->isVisible())
        return;
    ReadingData data = m_reader->article();
    auto notes = NoteStore(*m_library).forArticleAndPassages(data.article.id);
    if (!notes) {
        Problems::report(lcWidgets, tr("Cannot list the article's notes"), notes.error().message);
        return;
    }
    data.notes = std::move(notes).value();
    m_inspector->setArticle(data);
}

void EditingController::refreshAll()
{
    QList<qint64> shown;
    if (m_reader->hasArticle())
        shown.append(m_reader->article().article.id);
    for (int i = 0; i < m_comparison->paneCount(); ++i)
        shown.append(m_comparison->pane(i)->article().article.id);
    for (const qint64 id : std::as_const(shown))
        refreshArticle(id);
}

void EditingController::updateCodes()
{
    const QList<Code> codes = m_codebook->codes();
    m_reader->setCodes(codes);
    for (int i = 0; i < ComparisonView::kMaxPanes; ++i)
        m_comparison->pane(i)->setCodes(codes);
    m_quickCodes->clear();
    const QList<Code> quick = m_codebook->shortcutCodes();
    for (int i = 0; i < quick.size(); ++i) {
        const Code &code = quick.at(i);
        QPixmap swatch(12, 12);
        swatch.fill(QColor(code.color));
        QAction *action = m_quickCodes->addAction(
            QIcon(swatch), u"%1 %2"_s.arg(i + 1).arg(QString(code.name).replace(u'&', u"&&"_s)));
        action->setObjectName(u"quickCode%1"_s.arg(i + 1));
        action->setToolTip(tr("Code the selected text as “%1” (key %2)").arg(code.name).arg(i + 1));
        connect(action, &QAction::triggered, this, [this, id = code.id] {
            ReadingPane *pane = m_reader;
            for (int p = 0; p < m_comparison->paneCount(); ++p)
                if (m_comparison->pane(p)->selectedSpan() && m_comparison->isVisible())
                    pane = m_comparison->pane(p);
            applyCode(pane, id);
        });
    }
    m_quickCodes->setVisible(!quick.isEmpty());
}

} // namespace parallax

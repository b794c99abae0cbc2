#include "storage/articlestore.h"
#include "storage/codestore.h"
#include "storage/notestore.h"
#include "testlibrary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class tst_NoteStore : public QObject
{
    Q_OBJECT
private slots:
    void shouldAttachToTargetsAndFollowThem()
    {
        test::TestLibrary lib;
        Article article;
        article.title = u"T"_s;
        article.body = u"body"_s;
        const qint64 articleId = ArticleStore(lib.db()).insert(article)->id;
        Code code;
        code.name = u"Framing"_s;
        const qint64 codeId = *CodeStore(lib.db()).create(code);

        NoteStore store(lib.db());
        Note onArticle{0, NoteTarget::Article, articleId, u"Compare with **AFP**."_s, {}, {}};
        Note onCode{0, NoteTarget::Code, codeId, u"Use for *blame* framing."_s, {}, {}};
        onArticle.id = *store.create(onArticle);
        onCode.id = *store.create(onCode);
        const Note read = *store.get(onArticle.id);
        QCOMPARE(read.target, NoteTarget::Article);
        QCOMPARE(read.targetId, articleId);
        QCOMPARE(read.body, onArticle.body);
        QCOMPARE(store.forTarget(NoteTarget::Code, codeId)->size(), 1);
        QCOMPARE(store.forTarget(NoteTarget::Article, codeId)->size(), codeId == articleId ? 1 : 0);

        QVERIFY(store.setBody(onArticle.id, u"Rewritten: Zaporizhzhia"_s));
        QCOMPARE(store.search(u"zaporizhzhia"_s, 10)->size(), 1);
        QCOMPARE(store.search(u"AFP"_s, 10)->size(), 0); // the index follows the edit

        QVERIFY(ArticleStore(lib.db()).remove(articleId));
        QCOMPARE(store.get(onArticle.id).error().code, ErrorCode::NotFound);
        QCOMPARE(store.search(u"zaporizhzhia"_s, 10)->size(), 0);
    }

    void shouldRefuseNoteWithoutExistingTarget()
    {
        test::TestLibrary lib;
        Note note{0, NoteTarget::Claim, 99, u"dangling"_s, {}, {}};
        QCOMPARE(NoteStore(lib.db()).create(note).error().code, ErrorCode::Constraint);
    }

    void shouldRecreateWithSameId()
    {
        test::TestLibrary lib;
        Article article;
        article.title = u"T"_s;
        article.body = u"body"_s;
        const qint64 articleId = ArticleStore(lib.db()).insert(article)->id;
        NoteStore store(lib.db());
        Note note{0, NoteTarget::Article, articleId, u"text"_s, {}, {}};
        note.id = *store.create(note);
        const Note before = *store.get(note.id);
        QVERIFY(store.remove(note.id));
        QCOMPARE(*store.create(before), note.id);
        QCOMPARE(store.get(note.id)->createdAt, before.createdAt);
    }
};

QTEST_GUILESS_MAIN(tst_NoteStore)
#include "tst_notestore.moc"

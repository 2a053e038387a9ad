using CsCheck;
using RadAudit.Core;
using RadAudit.Data.Reviews;
using RadAudit.Testing;

namespace RadAudit.Data.Tests.Reviews;

public sealed class ReviewJournalTests
{
    private static readonly string[] Paths = ["a/one.png", "a/two.png", "b/three, with comma.png", "b/four.png"];

    private static readonly LabelBox[] Input =
    [
        new("a/one.png", 1, 2, 10, 12, LabelKinds.Laterality, 0.9),
        new("a/one.png", 40, 2, 8, 8, LabelKinds.Initials, 0.4),
        new("b/four.png", 5, 5, 20, 20, LabelKinds.Text, 0.7),
    ];

    private static readonly Gen<LabelBox> Box = Gen.Select(Gen.Int[0, 100], Gen.Int[0, 100], Gen.Int[1, 50], Gen.Int[1, 50], Gen.Int[0, 3],
        (x, y, width, height, kind) => new LabelBox("", x, y, width, height, LabelKinds.All[kind]));

    private static readonly Gen<ReviewEntry> Entry = Gen.Select(Gen.Int[0, Paths.Length - 1], Gen.Int[0, 3], Box.List[0, 3], Gen.Int[0, 86_400],
        (path, status, boxes, second) => new ReviewEntry(Paths[path], (ReviewStatus)status, boxes, "edit",
            new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero).AddSeconds(second)));

    [Fact]
    public void Should_replay_any_sequence_of_edits_to_the_state_that_made_them()
    {
        using var folder = new TemporaryFolder();
        int run = 0;
        Entry.List[0, 25].Sample(entries =>
        {
            // Given a review that applied the edits to its state while journalling them
            string file = folder.Combine($"run{run++}.csv.journal.jsonl");
            var live = new ReviewState(Paths, Input);
            using (var journal = ReviewJournal.Open(file))
                foreach (ReviewEntry entry in entries)
                {
                    journal.Append(entry);
                    live.Apply(entry);
                }

            // When the journal is read back and replayed over the same input
            var replayed = ReviewState.Replay(Paths, Input, ReviewJournal.Read(file));

            // Then every image has the same status and boxes, and reviewed boxes carry no score
            for (int index = 0; index < Paths.Length; index++)
            {
                Assert.Equal(live.StatusOf(index), replayed.StatusOf(index));
                Assert.Equal(live.BoxesOf(index), replayed.BoxesOf(index));
                if (live.StatusOf(index) != ReviewStatus.Unreviewed) Assert.All(replayed.BoxesOf(index), box => Assert.Null(box.Score));
            }
            Assert.Equal(live.AllBoxes(), replayed.AllBoxes());
        }, iter: 100, seed: "0N0XIzNsQ0O2", threads: 1);
    }

    [Fact]
    public void Should_drop_a_line_cut_short_by_a_crash_and_append_after_the_last_whole_one()
    {
        // Given a journal with one whole entry and a second one cut off mid-write
        using var folder = new TemporaryFolder();
        string file = folder.Combine("reviewed.csv.journal.jsonl");
        var first = new ReviewEntry("a/one.png", ReviewStatus.NoLabel, [], "no-label", DateTimeOffset.UnixEpoch);
        using (var journal = ReviewJournal.Open(file)) journal.Append(first);
        File.AppendAllText(file, "{\"time\":\"2026-12-01T00:00:00Z\",\"path\":\"a/two.png\",\"sta");

        // When it is reopened and another edit appended
        var second = new ReviewEntry("a/two.png", ReviewStatus.ReviewedAsIs, [], "accept", DateTimeOffset.UnixEpoch);
        using (var journal = ReviewJournal.Open(file))
        {
            Assert.Equal([Describe(first)], journal.Entries.Select(Describe));
            journal.Append(second);
        }

        // Then the cut line is gone and both whole entries read back
        Assert.Equal([Describe(first), Describe(second)], ReviewJournal.Read(file).Select(Describe));
        Assert.Equal(2, File.ReadAllLines(file).Length);
    }

    /// <summary>An entry as comparable text (records compare their box lists by reference).</summary>
    private static string Describe(ReviewEntry entry) =>
        $"{entry.Path}|{entry.Status}|{entry.Action}|{entry.Time:O}|{string.Join(";", entry.Boxes)}";

    [Fact]
    public void Should_refuse_a_broken_line_in_the_middle_naming_the_file_and_line()
    {
        // Given a journal whose first line is not an entry but a later one is
        using var folder = new TemporaryFolder();
        string file = folder.WriteText("reviewed.csv.journal.jsonl",
            "{not json}\n{\"time\":\"2026-12-01T00:00:00Z\",\"path\":\"a/one.png\",\"status\":\"no-label\",\"action\":\"n\",\"boxes\":[]}\n");

        // When it is read
        var problem = Assert.Throws<RadAuditException>(() => ReviewJournal.Read(file));

        // Then the error names the file and the line, and says what to do
        Assert.Contains($"{file} line 1", problem.Message);
        Assert.Contains("delete the broken line", problem.Message);
    }

    [Fact]
    public void Should_count_the_images_a_person_reviewed_from_the_journal_beside_a_box_file()
    {
        // Given a journal where one image was accepted, one edited, one marked no-label then undone to unreviewed
        using var folder = new TemporaryFolder();
        string boxes = folder.WriteText("reviewed.csv", "path,x,y,width,height,kind\n");
        using (var journal = ReviewJournal.Open(ReviewJournal.PathFor(boxes)))
        {
            journal.Append(new ReviewEntry("a/one.png", ReviewStatus.ReviewedAsIs, [], "accept", DateTimeOffset.UnixEpoch));
            journal.Append(new ReviewEntry("a/two.png", ReviewStatus.Edited, [new LabelBox("a/two.png", 1, 1, 5, 5, LabelKinds.Other)], "draw", DateTimeOffset.UnixEpoch));
            journal.Append(new ReviewEntry("b/four.png", ReviewStatus.NoLabel, [], "no-label", DateTimeOffset.UnixEpoch));
            journal.Append(new ReviewEntry("b/four.png", ReviewStatus.Unreviewed, [], "undo", DateTimeOffset.UnixEpoch));
        }

        // When the summary is read for the box file (and for one without a journal)
        ReviewSummary? summary = ReviewSummary.Find(boxes);
        ReviewSummary? none = ReviewSummary.Find(folder.WriteText("other.csv", "path,x,y,width,height,kind\n"));

        // Then two images count as reviewed (the undone one does not), and a plain box file has no summary
        Assert.NotNull(summary);
        Assert.Equal((2, 1, 0, 1), (summary.ImagesReviewed, summary.ReviewedAsIs, summary.NoLabel, summary.Edited));
        Assert.Null(none);
    }

    [Fact]
    public void Should_refuse_an_entry_for_an_image_the_data_set_does_not_have()
    {
        // Given a state of known paths
        var state = new ReviewState(Paths, Input);

        // When an entry names another image
        var problem = Assert.Throws<RadAuditException>(() =>
            state.Apply(new ReviewEntry("../etc/passwd", ReviewStatus.NoLabel, [], "no-label", DateTimeOffset.UnixEpoch)));

        // Then it is refused naming the path, and nothing changed
        Assert.Contains("../etc/passwd", problem.Message);
        Assert.Equal(0, state.ReviewedCount);
    }

    [Fact]
    public void Should_refuse_a_second_review_of_the_same_journal_while_the_first_is_open()
    {
        // Given a journal held open by a review
        using var folder = new TemporaryFolder();
        string file = folder.Combine("reviewed.csv.journal.jsonl");
        using (var first = ReviewJournal.Open(file))
        {
            // When a second review opens it
            var problem = Assert.Throws<RadAuditException>(() => ReviewJournal.Open(file));

            // Then it is refused with the fix, while reading it stays possible
            Assert.Contains("another radaudit review", problem.Message);
            Assert.Empty(ReviewJournal.Read(file));
        }

        // And once the first closes, it opens again and the lock file is gone
        using (ReviewJournal.Open(file)) Assert.True(File.Exists(file + ".lock"));
        Assert.False(File.Exists(file + ".lock"));
    }
}

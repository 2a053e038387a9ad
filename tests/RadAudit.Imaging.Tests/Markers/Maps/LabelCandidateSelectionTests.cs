using RadAudit.Core;
using RadAudit.Imaging.Markers.Maps;

namespace RadAudit.Imaging.Tests.Markers.Maps;

public sealed class LabelCandidateSelectionTests
{
    private static LabelCandidate Candidate(int x, int y, int width, int height) =>
        new(new LabelBox("a.png", x, y, width, height, LabelKinds.Laterality), 0.5, []);

    [Fact]
    public void Should_keep_the_letter_and_drop_the_box_around_letter_and_initials_when_the_letter_scores_higher()
    {
        // Given a letter (10, 10, 10 × 15), its initials below (8, 28, 20 × 6) and one box around both
        var candidates = new[] { Candidate(8, 10, 20, 24), Candidate(10, 10, 10, 15), Candidate(8, 28, 20, 6) };

        // When the parts score above the joint box
        var kept = LabelCandidateSelection.Select(candidates, [0.4, 0.9, 0.8]);

        // Then the parts are kept, best first, and the joint box (which holds both) is dropped
        Assert.Equal([1, 2], kept);
    }

    [Fact]
    public void Should_keep_the_joint_box_alone_when_it_scores_highest()
    {
        var candidates = new[] { Candidate(8, 10, 20, 24), Candidate(10, 10, 10, 15), Candidate(8, 28, 20, 6) };
        Assert.Equal([0], LabelCandidateSelection.Select(candidates, [0.95, 0.9, 0.8]));
    }

    [Fact]
    public void Should_keep_boxes_that_barely_touch_and_drop_one_that_overlaps_more_than_the_limit()
    {
        // Given two side-by-side boxes sharing a 2-px strip, and a third shifted by a third of its width over the first
        var candidates = new[] { Candidate(0, 0, 10, 10), Candidate(8, 0, 10, 10), Candidate(3, 0, 10, 10) };

        // When all score alike (ties go in candidate order)
        var kept = LabelCandidateSelection.Select(candidates, [0.5, 0.5, 0.5]);

        // Then the touching pair is kept (IoU 0.11) and the shifted box (IoU 0.54 with the first) is not
        Assert.Equal([0, 1], kept);
    }
}

using RadAudit.Audit.Steps;
using RadAudit.Data.Boxes;
using RadAudit.Data.Sets;
using RadAudit.Reporting.Results;
using RadAudit.Testing;

namespace RadAudit.Audit.Tests;

/// <summary>The audit's own detection (no boxes given) runs the detector its settings name.</summary>
public sealed class LabelBoxesDetectionTests
{
    [Theory]
    [InlineData("learned", true)]
    [InlineData("rules", false)]
    public void Should_detect_with_the_chosen_detector_and_record_its_name(string detector, bool writesLabelsPresent)
    {
        // Given a small default-marker set and an audit that must find the boxes itself
        using var folder = new TemporaryFolder();
        var data = SyntheticDataSets.CreateMura(folder, SyntheticDataSets.Tiny(5) with { MaxSize = 256, TrainStudies = 4, ValidStudies = 2 });
        ImageDataSet set = DataSetOpener.Open(data.Root);
        var settings = new AuditSettings { DataPath = data.Root, OutFolder = folder.Combine("audit"), Detector = detector };

        // When it obtains its label boxes
        var (boxes, summary) = LabelBoxes.Obtain(null, new LabelDetectorChoice(settings.Detector, settings.DetectorWeights), set, folder.Combine("audit"), null);

        // Then they are detected by that detector, named in the summary, and only the learned one writes the
        // labels-present sidecar beside the boxes (for radaudit review)
        Assert.Equal(MarkerSummary.Detected, summary.Source);
        Assert.Contains(detector == "learned" ? "learned label detector" : "rule-based label detector", summary.Detection!.Detector);
        Assert.True(boxes.Count > 0);
        Assert.Equal(writesLabelsPresent, File.Exists(LabelsPresentFile.PathFor(summary.BoxesFile)));
        Assert.Equal(writesLabelsPresent ? set.Records.Count : 0, LabelsPresentFile.ReadBeside(summary.BoxesFile).Count);
    }
}

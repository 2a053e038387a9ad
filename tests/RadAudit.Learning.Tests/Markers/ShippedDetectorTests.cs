using RadAudit.Imaging.Markers.Evaluation;
using RadAudit.Imaging.Markers.Maps;
using RadAudit.Learning.Markers;
using RadAudit.Synthetic.Realism;

namespace RadAudit.Learning.Tests.Markers;

/// <summary>Known answers of the weights shipped in RadAudit.Learning (Markers/label-detector.weights).</summary>
public sealed class ShippedDetectorTests
{
    [Fact]
    public void Should_find_the_drawn_laterality_marker_on_small_synthetic_images()
    {
        // Given default-generator images with a known L or R
        var images = ShippedDetectorImages.Draw(8, realism: null);
        using var detector = LearnedLabelDetector.LoadShipped();

        // When the shipped detector searches them
        var results = detector.Detect(images.Select(image => (image.Path, image.Image)).ToList());

        // Then every letter is boxed at IoU >= 0.5, with a confident image-level probability
        for (int k = 0; k < images.Count; k++)
        {
            var letter = images[k].Labels.Where(label => label.Kind == "laterality").ToList();
            Assert.Single(letter);
            Assert.True(results[k].Boxes.Any(box => BoxMatcher.IntersectionOverUnion(box, letter[0]) >= 0.5),
                $"{images[k].Path}: {letter[0]} not found among {string.Join("; ", results[k].Boxes)}");
            Assert.True(results[k].LabelsPresent >= 0.9, $"{images[k].Path}: labels present {results[k].LabelsPresent}");
        }
    }

    [Fact]
    public void Should_keep_the_most_probable_box_of_an_image_that_probably_carries_a_label_when_no_box_reaches_the_minimum()
    {
        // Given default-generator images with a known marker, and detectors reporting every box or none below 1
        var images = ShippedDetectorImages.Draw(8, realism: null).Select(image => (image.Path, image.Image)).ToList();
        using var everything = LearnedLabelDetector.LoadShipped(minimumScore: 0);
        using var strict = LearnedLabelDetector.LoadShipped(minimumScore: 1);

        // When both search them
        var all = everything.Detect(images);
        var kept = strict.Detect(images);

        // Then an image whose boxes all score below 1 but whose labels-present probability is at least 0.5 keeps exactly
        // its most probable box
        int fallbacks = 0;
        for (int k = 0; k < images.Count; k++)
        {
            Assert.Equal(all[k].LabelsPresent, kept[k].LabelsPresent);
            if (all[k].Boxes.Any(box => box.Score >= 1) || all[k].LabelsPresent < LearnedLabelDetector.ProbableLabelsPresent) continue;
            fallbacks++;
            Assert.Equal([all[k].Boxes[0]], kept[k].Boxes);
        }
        Assert.True(fallbacks > 0, "no image fell back to its most probable box; the test saw nothing");
    }

    [Fact]
    public void Should_put_no_box_on_a_plate_or_screws_in_an_image_without_a_marker()
    {
        // Given images holding a plate, screws and no marker
        var realism = new MarkerRealism { NoMarkerChance = 1, PlateChance = 1, ScrewChance = 1 };
        var images = ShippedDetectorImages.Draw(8, realism);
        Assert.All(images, image => Assert.Empty(image.Labels));
        Assert.True(images.Sum(image => image.Hardware.Count) >= 16);
        using var detector = LearnedLabelDetector.LoadShipped();

        // When searched
        var results = detector.Detect(images.Select(image => (image.Path, image.Image)).ToList());

        // Then no reported box lands on the hardware
        var (onHardware, _) = HardwareHits.Count([], results.SelectMany(result => result.Boxes), images.SelectMany(image => image.Hardware));
        Assert.Equal(0, onHardware);
    }

    [Fact]
    public void Should_give_identical_boxes_and_scores_for_the_same_image_twice()
    {
        // Given realistic images
        var images = ShippedDetectorImages.Draw(4, MarkerRealism.HardMarkers).Select(image => (image.Path, image.Image)).ToList();
        using var detector = LearnedLabelDetector.LoadShipped(minimumScore: 0);

        // When detected twice (once in one batch, once image by image)
        var first = detector.Detect(images);
        var second = images.Select(image => detector.Detect([image])[0]).ToList();

        // Then boxes, box scores and image probabilities are the same
        for (int k = 0; k < images.Count; k++)
        {
            Assert.Equal(first[k].Boxes, second[k].Boxes);
            Assert.Equal(first[k].LabelsPresent, second[k].LabelsPresent);
        }
        Assert.Contains(first, result => result.Boxes.Count > 0);
    }

    [Fact]
    public void Should_ship_increasing_calibration_maps_fitted_on_their_own_images()
    {
        // Given the shipped manifest
        using var detector = LearnedLabelDetector.LoadShipped();
        var calibration = detector.Manifest.Calibration;

        // Then a higher raw probability never means a lower calibrated one, and the fit is recorded
        Assert.True(calibration.Presence.Slope > 0 && calibration.Box.Slope > 0, calibration.ToString());
        var grid = Enumerable.Range(1, 99).Select(k => calibration.Box.Apply(k / 100.0)).ToList();
        Assert.True(grid.Zip(grid.Skip(1)).All(pair => pair.Second >= pair.First));
        Assert.True(calibration.CalibrationImages >= 100);
        Assert.InRange(calibration.BoxError, 0, 0.1);
        Assert.InRange(detector.Manifest.Training.Images, 1000, 30000);
    }

    [Fact]
    public void Should_ship_a_box_verifier_calibrated_on_candidates_its_trees_did_not_see()
    {
        // Given the shipped manifest
        using var detector = LearnedLabelDetector.LoadShipped();
        LabelBoxVerifier verifier = detector.Manifest.Calibration.Verifier!;

        // Then it scores the features this build measures, its Platt map increases, and its fit is recorded
        Assert.Equal(LabelCandidateFeatures.Names, verifier.Features);
        Assert.True(verifier.Calibration.Slope > 0, verifier.Calibration.ToString());
        Assert.InRange(verifier.TrainingCandidates, 10000, 1000000);
        Assert.InRange(verifier.CalibrationCandidates, 3000, 1000000);
        Assert.InRange(verifier.CalibrationError, 0, 0.05);
        Assert.Equal(LabelBoxVerifier.TreeOptions.Trees, verifier.Trees.Trees.Count);
    }
}

using RadAudit.Core;
using RadAudit.Reporting.Html;
using RadAudit.Reporting.Results;
using RadAudit.Reporting.Tests.Fixtures;

namespace RadAudit.Reporting.Tests.Html;

public sealed class MethodsTextTests
{
    [Fact]
    public void Should_describe_the_run_from_its_configuration()
    {
        // Given a MURA-like configuration with three seeds
        AuditResults results = SampleResults.Create(seedCount: 3);

        // When the methods text is written
        string text = string.Join(" ", MethodsText.Paragraphs(results));

        // Then it carries the run's own numbers and cites the tests used
        Assert.Contains("36,808 training images (13,457 studies)", text);
        Assert.Contains("320 × 320 pixels, for 10 epochs", text);
        Assert.Contains("3 seeds (1, 2, 3)", text);
        Assert.Contains("DeLong's method [2]", text);
        Assert.Contains("Sun and Xu [3]", text);
        Assert.Contains("2,000 resamples", text);
        Assert.Contains("Grad-CAM [5] on a fixed sample of 200 validation images", text);
        Assert.Contains("Selvaraju", MethodsText.References[4]);
    }

    [Theory]
    [InlineData(null, "(randomly initialised)")]
    [InlineData(StartingWeights.SyntheticAnatomy, "built-in synthetic-anatomy weights, a densenet-small that `radaudit pretrain` trained")]
    [InlineData("/weights/densenet121-imagenet.pth", "(initialised from the weights in densenet121-imagenet.pth, classification head re-initialised)")]
    public void Should_say_exactly_what_the_models_started_from(string? pretrained, string expected)
    {
        // Given an audit started from no, the built-in or a user's weights
        AuditResults results = SampleResults.Create();
        results = results with { Config = results.Config with { Pretrained = pretrained } };

        // When the methods text is written, then it names them (and never claims ImageNet weights it did not use)
        string text = string.Join(" ", MethodsText.Paragraphs(results));
        Assert.Contains(expected, text);
        Assert.DoesNotContain("ImageNet weights", text);
    }

    [Fact]
    public void Should_describe_only_the_conditions_that_ran()
    {
        // Given an audit of original and cover only, without bootstrap or saliency
        AuditResults results = SampleResults.Create();
        results = results with
        {
            Config = results.Config with { Conditions = [Condition.Original.Name, Condition.Cover.Name], BootstrapResamples = 0 },
            Saliency = new Dictionary<string, SaliencyResult>(),
        };

        // When the methods text is written
        string text = string.Join(" ", MethodsText.Paragraphs(results));

        // Then the missing conditions, bootstrap and Grad-CAM are not claimed
        Assert.DoesNotContain("dark surroundings", text);
        Assert.DoesNotContain("anatomy removed", text);
        Assert.DoesNotContain("bootstrap", text);
        Assert.Contains("Saliency maps were not computed", text);
    }

    [Fact]
    public void Should_say_how_many_images_a_person_reviewed_only_when_the_boxes_were_reviewed()
    {
        // Given the sample audit with boxes reviewed in radaudit review, and without
        AuditResults plain = SampleResults.Create();
        AuditResults reviewed = plain with { Markers = plain.Markers with { ImagesReviewed = 2320 } };

        // When the methods text and the report are written
        string reviewedText = string.Join(" ", MethodsText.Paragraphs(reviewed)), plainText = string.Join(" ", MethodsText.Paragraphs(plain));
        string reviewedHtml = ReportBuilder.Build(new ReportInput(reviewed, SampleGallery.RocCurves(reviewed), SampleGallery.Create()));
        string plainHtml = ReportBuilder.Build(new ReportInput(plain, SampleGallery.RocCurves(plain), SampleGallery.Create()));

        // Then both say how many images a person reviewed, and neither mentions a review that did not happen
        Assert.Contains("a person reviewed the boxes of 2,320 images", reviewedText);
        Assert.Contains("<dt>Reviewed by a person</dt><dd>2,320 images (radaudit review)</dd>", reviewedHtml);
        Assert.DoesNotContain("a person reviewed", plainText);
        Assert.DoesNotContain("Reviewed by a person", plainHtml);
    }
}

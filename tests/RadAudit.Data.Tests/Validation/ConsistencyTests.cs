using RadAudit.Core;
using RadAudit.Data.Sets;
using RadAudit.Data.Tests.Fixtures;
using RadAudit.Data.Validation;
using RadAudit.Testing;

namespace RadAudit.Data.Tests.Validation;

public sealed class ConsistencyTests
{
    [Fact]
    public void Should_detect_a_patient_in_two_splits_and_drop_only_its_later_split_images()
    {
        // Given patient 1 also appearing in valid
        var studies = MuraFixture.DefaultStudies.Append(new FixtureStudy("valid", "XR_WRIST", 1, 3, 0, 2)).ToList();
        using var fixture = MuraFixture.Create(studies);
        ImageDataSet data = DataSetOpener.Open(fixture.Root);

        // When validated
        DataValidationReport report = DataValidator.Validate(data);

        // Then one leakage problem names the patient, and --skip-bad would drop its 2 valid images only
        var leak = Assert.Single(report.Problems);
        Assert.Equal(DataProblemKind.PatientLeakage, leak.Kind);
        Assert.Contains("patient00001", leak.Message);
        Assert.All(leak.RecordIndices, index => Assert.Equal(Splits.Valid, data.Records[index].Split));
        Assert.Equal(2, report.BadRecordIndices().Count);
    }

    [Fact]
    public void Should_report_duplicates_keeping_the_first_and_label_conflicts_dropping_the_study()
    {
        // Given a manifest with a repeated path and a study whose images disagree
        using var folder = new TemporaryFolder();
        foreach (string name in new[] { "a.png", "b.png", "c.png" }) folder.WriteBytes(name, MuraFixture.Png(4, 4, 0.2f));
        string manifest = folder.WriteText("m.csv", "path,label,study\na.png,1,s1\na.png,1,s1\nb.png,0,s2\nc.png,1,s2\n");
        ImageDataSet data = DataSetOpener.Open(manifest);

        // When validated
        DataValidationReport report = DataValidator.Validate(data);

        // Then the repeat (record 1) and the conflicting study (records 2, 3) are named
        var duplicate = Assert.Single(report.Problems, problem => problem.Kind == DataProblemKind.DuplicatePath);
        Assert.Equal([1], duplicate.RecordIndices);
        var conflict = Assert.Single(report.Problems, problem => problem.Kind == DataProblemKind.LabelConflict);
        Assert.Equal([2, 3], conflict.RecordIndices);
        Assert.Equal([1, 2, 3], report.BadRecordIndices());
    }

    [Fact]
    public void Should_give_the_same_report_for_any_worker_count()
    {
        using var fixture = MuraFixture.Create();
        ImageDataSet data = DataSetOpener.Open(fixture.Root);
        File.WriteAllBytes(data.ResolvePath(data.Records[5]), []);
        File.Delete(data.ResolvePath(data.Records[17]));
        var one = DataValidator.Validate(data, new ValidationOptions(Workers: 1));
        var three = DataValidator.Validate(data, new ValidationOptions(Workers: 3));
        Assert.Equal(one.Problems.Select(problem => problem.ToString()), three.Problems.Select(problem => problem.ToString()));
        Assert.Equal(one.Summary.Sizes, three.Summary.Sizes);
        Assert.Equal(2, one.Problems.Count);
    }

    [Fact]
    public void Should_count_images_studies_and_patients_per_group()
    {
        using var fixture = MuraFixture.Create();
        DataSummary summary = DataValidator.Validate(DataSetOpener.Open(fixture.Root)).Summary;
        Assert.Equal((22, 9, 6), (summary.Images, summary.Studies, summary.Patients));
        Assert.Equal(new GroupCount("train", "XR_ELBOW", "abnormal", 5, 2), summary.Groups[0]);
        Assert.Equal(22, summary.Groups.Sum(group => group.Images));
        Assert.Equal((11, 13), (summary.Sizes!.MinWidth, summary.Sizes.MaxWidth));
    }
}

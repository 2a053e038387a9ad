using CsCheck;
using RadAudit.Core;
using RadAudit.Data.Splitting;

namespace RadAudit.Data.Tests.Splitting;

public sealed class PatientSplitterTests
{
    private static List<ImageRecord> Records(int patients, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, patients)
            .SelectMany(patient => Enumerable.Range(0, 1 + random.Next(4))
                .Select(image => new ImageRecord($"p{patient}/{image}.png", image % 2, $"p{patient}/s", $"p{patient}", "", "")))
            .ToList();
    }

    [Fact]
    public void Should_keep_every_patient_in_one_split_and_match_the_fractions()
    {
        Gen.Select(Gen.Int[20, 200], Gen.Int, Gen.Double[0.1, 0.9]).Sample((patients, seed, trainShare) =>
        {
            // Given records of many patients
            var records = Records(patients, seed);

            // When split by patient
            var split = PatientSplitter.Assign(records, [new("train", trainShare), new("valid", 1 - trainShare)], seed);

            // Then no patient spans two splits, order is kept, and the train share is within one patient (≤ 4 images)
            Assert.All(split.GroupBy(record => record.Patient), patient => Assert.Single(patient.Select(record => record.Split).Distinct()));
            Assert.Equal(records.Select(record => record.Path), split.Select(record => record.Path));
            double trainImages = split.Count(record => record.Split == "train");
            Assert.InRange(trainImages, trainShare * records.Count - 4, trainShare * records.Count + 4);
        }, iter: 50, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void Should_repeat_with_a_seed_and_change_with_another()
    {
        var records = Records(100, 1);
        SplitFraction[] fractions = [new("train", 0.7), new("valid", 0.2), new("test", 0.1)];
        string Assignment(int seed) => string.Concat(PatientSplitter.Assign(records, fractions, seed).Select(record => record.Split[0]));
        Assert.Equal(Assignment(5), Assignment(5));
        Assert.NotEqual(Assignment(5), Assignment(6));
    }

    [Fact]
    public void Should_carve_a_held_out_part_of_train_by_patient()
    {
        var records = Records(100, 2);
        var (train, heldOut) = PatientSplitter.CarveHeldOut(records, 0.2, seed: 9);
        Assert.Equal(records.Count, train.Count + heldOut.Count);
        Assert.Empty(train.Select(record => record.Patient).Intersect(heldOut.Select(record => record.Patient)));
        Assert.InRange(heldOut.Count, 0.2 * records.Count - 4, 0.2 * records.Count + 4);
    }

    [Theory]
    [InlineData("train=0.8,valid=0.2", 2)]
    [InlineData(" Train = 0.7 , valid=0.2,test=0.1 ", 3)]
    public void Should_parse_split_fractions(string text, int count) => Assert.Equal(count, SplitFraction.ParseList(text).Count);

    [Theory]
    [InlineData("train")]
    [InlineData("train=1.5")]
    [InlineData("train=0.5,train=0.5")]
    [InlineData("")]
    public void Should_refuse_malformed_split_fractions(string text) =>
        Assert.Throws<ArgumentException>(() => SplitFraction.ParseList(text));
}

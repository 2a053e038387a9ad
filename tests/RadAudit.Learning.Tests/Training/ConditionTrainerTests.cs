using RadAudit.Data.Predictions;
using RadAudit.Data.Sets;
using RadAudit.Learning.Prediction;
using RadAudit.Learning.Training;
using RadAudit.Testing;

namespace RadAudit.Learning.Tests.Training;

[Trait("Category", "Slow")]
public sealed class ConditionTrainerTests
{
    [Fact]
    public void Should_train_from_a_mura_folder_and_write_a_predictions_csv_end_to_end()
    {
        // Given a tiny MURA folder
        using var data = new TemporaryFolder();
        using var run = new TemporaryFolder();
        TinyMuraFolder.Write(data);
        ImageDataSet opened = DataSetOpener.Open(data.Path);
        var request = new ConditionRequest
        {
            Data = opened,
            Augment = false,
            Workers = 0,
            Training = SeparableData.Options(3) with { ImageSize = 32, BatchSize = 6 },
        };

        // When a condition is trained and its valid split predicted
        TrainingResult result = ConditionTrainer.Train(request, run.Path);
        string csv = Path.Combine(run.Path, "valid-predictions.csv");
        var predictions = SplitPredictor.Predict(new PredictionRequest
        {
            RunFolder = run.Path,
            Data = opened.ForSplit("valid"),
            Device = "cpu",
            Workers = 0,
        });
        PredictionsCsvWriter.Write(csv, predictions);

        // Then the run learned the square, config.json records the data options, and the CSV holds every valid image
        Assert.Equal(1.0, result.Metrics[^1].ValidStudyAuc);
        Assert.Contains("\"variant\": \"original\"", File.ReadAllText(result.Run.ConfigPath));
        Assert.Equal(24, predictions.Count);
        var read = PredictionsCsvReader.Read(csv);
        Assert.Equal(24, read.Count);
        Assert.All(read, row => Assert.NotNull(row.Label));
    }
}

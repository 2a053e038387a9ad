using RadAudit.Core;
using RadAudit.Learning.Training;

namespace RadAudit.Learning.Tests.Training;

/// <summary>
/// A trivially separable synthetic set: abnormal images have a bright square in the centre, normal images do
/// not; both have seeded uniform noise. Two images per study, so study-level AUC is defined.
/// </summary>
internal static class SeparableData
{
    public const int Size = 32;

    public static (IReadOnlyList<ImageRecord> Records, IReadOnlyList<float[]> Pixels) Make(string split, int images, int seed, int size = Size)
    {
        var random = new Random(seed);
        var records = new List<ImageRecord>();
        var pixels = new List<float[]>();
        for (int index = 0; index < images; index++)
        {
            int study = index / 2;
            int label = study % 2;
            string studyId = $"{split}/patient{study:D3}/study1_{(label == 1 ? "positive" : "negative")}/";
            records.Add(new ImageRecord($"{studyId}image{index % 2 + 1}.png", label, studyId, $"patient{study:D3}", "XR_WRIST", split, index % 2 + 1));
            var image = new float[size * size];
            for (int pixel = 0; pixel < image.Length; pixel++)
            {
                int row = pixel / size, column = pixel % size;
                bool inSquare = row >= size * 5 / 16 && row < size * 11 / 16 && column >= size * 5 / 16 && column < size * 11 / 16;
                image[pixel] = (float)(random.NextDouble() * 0.3 + (label == 1 && inSquare ? 0.7 : 0.0));
            }
            pixels.Add(image);
        }
        return (records, pixels);
    }

    public static TrainingData Splits(int trainImages = 32, int validImages = 16, int batchSize = 8, int size = Size)
    {
        var (trainRecords, trainPixels) = Make(RadAudit.Core.Splits.Train, trainImages, seed: 11, size);
        var (validRecords, validPixels) = Make(RadAudit.Core.Splits.Valid, validImages, seed: 12, size);
        var train = new InMemoryBatchSource(trainRecords, trainPixels, size, size, batchSize, shuffleSeed: 5);
        var valid = new InMemoryBatchSource(validRecords, validPixels, size, size, batchSize);
        return new TrainingData(train, valid);
    }

    public static TrainingOptions Options(int epochs) => new()
    {
        Architecture = "densenet-small",
        ImageSize = Size,
        BatchSize = 8,
        Epochs = epochs,
        LearningRate = 3e-3,
        Seed = 42,
        Device = "cpu",
        Threads = 1,
    };
}

using RadAudit.Core;
using RadAudit.Imaging.Geometry;
using TorchSharp;
using static TorchSharp.torch;

namespace RadAudit.Learning.Markers;

/// <summary>
/// The training composites as the segmenter sees them, kept in memory as bytes: letterboxed inputs (8 bits, like
/// the PNGs they stand for), soft box-mask targets and the centres of the labels and of the mimics. Built once, in
/// parallel, from a sample factory. Batches are square crops: most centred near a label, optionally a share of the
/// rest near a mimic (a mined negative: plates, screws and field edges were most of the false boxes on the hard set),
/// the rest anywhere, so that a step spends its arithmetic where the learning is.
/// </summary>
internal sealed class DetectorTrainingSet
{
    private readonly byte[] _inputs;
    private readonly byte[] _targets;
    private readonly (int X, int Y)[][] _centres;
    private readonly (int X, int Y)[][] _mimicCentres;
    private readonly LabelDetectorArchitecture _architecture;

    /// <summary>Crop offsets are multiples of the encoder's coarsest stride, so a crop sees the same grid as the whole image.</summary>
    private const int Alignment = 16;

    /// <summary>Share of crops placed around a label.</summary>
    private const double LabelledCropShare = 0.7;

    private DetectorTrainingSet(byte[] inputs, byte[] targets, (int X, int Y)[][] centres, (int X, int Y)[][] mimicCentres, int count,
        LabelDetectorArchitecture architecture)
    {
        _inputs = inputs;
        _targets = targets;
        _centres = centres;
        _mimicCentres = mimicCentres;
        Count = count;
        _architecture = architecture;
    }

    /// <summary>Composites held.</summary>
    public int Count { get; }

    private int InputLength => _architecture.InputSize * _architecture.InputSize;

    private int TargetLength => _architecture.Kinds.Count * _architecture.MapSize * _architecture.MapSize;

    /// <summary>Draws <paramref name="count"/> samples (<paramref name="sample"/> must be thread-safe and deterministic per index).</summary>
    public static DetectorTrainingSet Build(int count, Func<int, DetectorSample> sample, LabelDetectorArchitecture architecture, int threads,
        IProgress<ProgressReport>? progress, CancellationToken cancellation)
    {
        int inputLength = architecture.InputSize * architecture.InputSize, targetLength = architecture.Kinds.Count * architecture.MapSize * architecture.MapSize;
        var inputs = new byte[(long)count * inputLength];
        var targets = new byte[(long)count * targetLength];
        var centres = new (int X, int Y)[count][];
        var mimicCentres = new (int X, int Y)[count][];
        int done = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellation };
        Parallel.For(0, count, parallel, index =>
        {
            DetectorSample drawn = sample(index);
            var input = DetectorInput.Prepare(drawn.Image, architecture.InputSize);
            Quantise(input.Image.Pixels, inputs.AsSpan(index * inputLength, inputLength));
            Quantise(DetectorInput.Targets(drawn.Boxes, input.Geometry, architecture), targets.AsSpan(index * targetLength, targetLength));
            centres[index] = Centres(drawn.Boxes, input.Geometry);
            mimicCentres[index] = Centres(drawn.Mimics, input.Geometry);
            int finished = Interlocked.Increment(ref done);
            if (finished % 100 == 0 || finished == count) progress?.Report(new ProgressReport("train-detector: drawing composites", finished, count));
        });
        return new DetectorTrainingSet(inputs, targets, centres, mimicCentres, count, architecture);
    }

    private static (int X, int Y)[] Centres(IReadOnlyList<LabelBox> boxes, ResizeGeometry geometry) =>
        [.. boxes.Select(box => geometry.SourceToTarget(box.X + box.Width / 2f, box.Y + box.Height / 2f)).Select(centre => ((int)centre.X, (int)centre.Y))];

    /// <summary>
    /// The batch of <paramref name="indices"/> as N × 1 × C × C pixel crops and N × K × C/2 × C/2 targets (in the
    /// caller's dispose scope; C = <paramref name="crop"/>, the whole input when it is at least the input's side),
    /// flipped and transposed together by <paramref name="orientation"/> (0–7, the square's symmetries).
    /// </summary>
    /// <param name="indices">Composites of the batch.</param>
    /// <param name="orientation">Symmetry of the square, 0–7.</param>
    /// <param name="crop">Crop side in input pixels.</param>
    /// <param name="random">Where the crops go.</param>
    /// <param name="mimicShare">Of the crops not centred on a label, the share centred on a mimic (0: none, and the random
    /// draws are those of the weights trained before mimics were kept).</param>
    public (Tensor Pixels, Tensor Targets) Batch(IReadOnlyList<int> indices, int orientation, int crop, Random random, double mimicShare = 0)
    {
        int size = _architecture.InputSize, map = _architecture.MapSize, kinds = _architecture.Kinds.Count;
        crop = Math.Clamp(crop / Alignment * Alignment, Alignment, size);
        int cropMap = crop / LabelDetectorArchitecture.OutputStride;
        var pixels = new float[indices.Count * crop * crop];
        var targets = new float[indices.Count * kinds * cropMap * cropMap];
        for (int k = 0; k < indices.Count; k++)
        {
            var (left, top) = CropOrigin(indices[k], crop, random, mimicShare);
            for (int y = 0; y < crop; y++)
                Expand(_inputs.AsSpan(indices[k] * InputLength + (top + y) * size + left, crop), pixels.AsSpan((k * crop + y) * crop, crop));
            int mapLeft = left / LabelDetectorArchitecture.OutputStride, mapTop = top / LabelDetectorArchitecture.OutputStride;
            for (int kind = 0; kind < kinds; kind++)
                for (int y = 0; y < cropMap; y++)
                    Expand(_targets.AsSpan(indices[k] * TargetLength + (kind * map + mapTop + y) * map + mapLeft, cropMap),
                        targets.AsSpan(((k * kinds + kind) * cropMap + y) * cropMap, cropMap));
        }
        Tensor pixelTensor = torch.tensor(pixels, [indices.Count, 1, crop, crop]);
        Tensor targetTensor = torch.tensor(targets, [indices.Count, kinds, cropMap, cropMap]);
        return (Orient(pixelTensor, orientation), Orient(targetTensor, orientation));
    }

    /// <summary>A crop's top-left: around a random label of the sample (its centre 15–85 % across), around a mimic, or anywhere.</summary>
    private (int Left, int Top) CropOrigin(int index, int crop, Random random, double mimicShare)
    {
        int room = _architecture.InputSize - crop;
        if (room <= 0) return (0, 0);
        (int X, int Y)[] centres = _centres[index];
        int Place(int centre) => Math.Clamp((int)(centre - crop * (0.15 + 0.7 * random.NextDouble())), 0, room) / Alignment * Alignment;
        if (centres.Length > 0 && random.NextDouble() < LabelledCropShare)
        {
            var (x, y) = centres[random.Next(centres.Length)];
            return (Place(x), Place(y));
        }
        (int X, int Y)[] mimics = _mimicCentres[index];
        if (mimicShare > 0 && mimics.Length > 0 && random.NextDouble() < mimicShare)
        {
            var (x, y) = mimics[random.Next(mimics.Length)];
            return (Place(x), Place(y));
        }
        return (random.Next(room / Alignment + 1) * Alignment, random.Next(room / Alignment + 1) * Alignment);
    }

    private static Tensor Orient(Tensor batch, int orientation)
    {
        Tensor result = batch;
        if ((orientation & 1) != 0) result = result.flip(3);
        if ((orientation & 2) != 0) result = result.flip(2);
        if ((orientation & 4) != 0) result = result.transpose(2, 3);
        return result.contiguous();
    }

    private static void Quantise(ReadOnlySpan<float> values, Span<byte> bytes)
    {
        for (int i = 0; i < values.Length; i++) bytes[i] = (byte)Math.Clamp((int)MathF.Round(values[i] * 255f), 0, 255);
    }

    private static void Expand(ReadOnlySpan<byte> bytes, Span<float> values)
    {
        for (int i = 0; i < bytes.Length; i++) values[i] = bytes[i] * (1f / 255f);
    }
}

using static TorchSharp.torch;

namespace RadAudit.Learning.Tests.Saliency;

/// <summary>Trains <see cref="TinySquareNet"/> once per test run (a few seconds on 2 cores, fixed seed).</summary>
public sealed class TrainedSquareModel : IDisposable
{
    public TrainedSquareModel()
    {
        random.manual_seed(7);
        Net = new TinySquareNet();
        var (pixels, labels, _) = SquareImages.Create(256, seed: 11);
        using var optimizer = optim.Adam(Net.parameters(), lr: 0.01);
        Net.train();
        for (int step = 0; step < 150; step++)
        {
            using var scope = NewDisposeScope();
            int start = step % 8 * 32;
            Tensor input = tensor(pixels.AsSpan(start * 1024, 32 * 1024).ToArray(), [32, 1, 32, 32]);
            Tensor target = tensor(labels.AsSpan(start, 32).ToArray());
            optimizer.zero_grad();
            Tensor loss = nn.functional.binary_cross_entropy_with_logits(Net.forward(input), target);
            loss.backward();
            optimizer.step();
            FinalLoss = loss.item<float>();
        }
        Net.eval();
    }

    internal TinySquareNet Net { get; }

    public float FinalLoss { get; private set; }

    public void Dispose() => Net.Dispose();
}

namespace RadAudit.Stats.Boosting;

/// <summary>
/// Fits <see cref="BoostedTrees"/> by Newton boosting on the log-loss: each round grows one tree depth-first on the
/// gradients p − y and Hessians p(1 − p), choosing among each feature's quantile cut points the split of largest gain
/// G_L²/(H_L + λ) + G_R²/(H_R + λ) − G²/(H + λ) (histograms over bins, as LightGBM does), and sets each leaf to
/// −η·G/(H + λ). Deterministic: no sampling, ties go to the lower feature and cut.
/// </summary>
/// <remarks>Written here rather than taken from ML.NET (FastTree) or LightGBM: the one use is a few-thousand-row fit
/// inside `markers train-detector`, and the shipped model must be evaluated without those packages' native
/// libraries; the trees are stored as plain arrays in the detector's weights file.</remarks>
public static class BoostedTreesFit
{
    /// <summary>The ensemble fitted to <paramref name="samples"/> (rows of equal length) and <paramref name="outcomes"/>.</summary>
    public static BoostedTrees Fit(IReadOnlyList<double[]> samples, IReadOnlyList<bool> outcomes, BoostedTreesOptions options)
    {
        options.Validate();
        ArgumentOutOfRangeException.ThrowIfNotEqual(samples.Count, outcomes.Count);
        if (samples.Count == 0) throw new ArgumentException("no samples to fit.", nameof(samples));
        int count = samples.Count, features = samples[0].Length;
        if (samples.Any(sample => sample.Length != features)) throw new ArgumentException("samples differ in length.", nameof(samples));
        int positives = outcomes.Count(outcome => outcome);
        double baseLogit = Math.Log((positives + 0.5) / (count - positives + 0.5));
        var cuts = new double[features][];
        var bins = new byte[features][];
        for (int feature = 0; feature < features; feature++) (cuts[feature], bins[feature]) = Binned(samples, feature, options.Bins);
        var logits = Enumerable.Repeat(baseLogit, count).ToArray();
        var gradients = new double[count];
        var hessians = new double[count];
        var trees = new List<BoostedTree>(options.Trees);
        var all = Enumerable.Range(0, count).ToArray();
        for (int round = 0; round < options.Trees; round++)
        {
            for (int i = 0; i < count; i++)
            {
                double p = 1 / (1 + Math.Exp(-logits[i]));
                gradients[i] = p - (outcomes[i] ? 1 : 0);
                hessians[i] = Math.Max(p * (1 - p), 1e-12);
            }
            var builder = new TreeBuilder(cuts, bins, gradients, hessians, options);
            builder.Grow(all, 0);
            BoostedTree tree = builder.ToTree();
            for (int i = 0; i < count; i++) logits[i] += builder.LeafValueOf(i);
            trees.Add(tree);
        }
        return new BoostedTrees(features, baseLogit, trees);
    }

    /// <summary>Cut points (bin b holds values ≤ cuts[b], the last bin the rest) and each sample's bin for one feature.</summary>
    private static (double[] Cuts, byte[] Bins) Binned(IReadOnlyList<double[]> samples, int feature, int binCount)
    {
        var sorted = samples.Select(sample => sample[feature]).Order().ToArray();
        var cuts = new List<double>();
        for (int b = 1; b < binCount; b++)
        {
            double cut = sorted[(int)((long)b * (sorted.Length - 1) / binCount)];
            if ((cuts.Count == 0 || cut > cuts[^1]) && cut < sorted[^1]) cuts.Add(cut);
        }
        var bins = new byte[samples.Count];
        for (int i = 0; i < samples.Count; i++)
        {
            int bin = cuts.BinarySearch(samples[i][feature]);
            bins[i] = (byte)(bin >= 0 ? bin : ~bin);
        }
        return (cuts.ToArray(), bins);
    }

    /// <summary>Grows one tree into flat node lists and remembers each sample's leaf value.</summary>
    private sealed class TreeBuilder(double[][] cuts, byte[][] bins, double[] gradients, double[] hessians, BoostedTreesOptions options)
    {
        private readonly List<int> _feature = [], _left = [], _right = [];
        private readonly List<double> _threshold = [], _value = [];
        private readonly double[] _leafValueOf = new double[gradients.Length];

        public double LeafValueOf(int sample) => _leafValueOf[sample];

        public BoostedTree ToTree() => new([.. _feature], [.. _threshold], [.. _left], [.. _right], [.. _value]);

        /// <summary>Adds the node for <paramref name="samples"/> at <paramref name="depth"/> (and its subtree); returns its index.</summary>
        public int Grow(int[] samples, int depth)
        {
            int node = _feature.Count;
            _feature.Add(-1); _threshold.Add(0); _left.Add(-1); _right.Add(-1); _value.Add(0);
            double g = 0, h = 0;
            foreach (int i in samples) { g += gradients[i]; h += hessians[i]; }
            var split = depth < options.Depth && samples.Length >= 2 * options.MinimumLeafSamples ? BestSplit(samples, g, h) : null;
            if (split is not var (feature, bin))
            {
                double value = -options.LearningRate * g / (h + options.L2);
                _value[node] = value;
                foreach (int i in samples) _leafValueOf[i] = value;
                return node;
            }
            int[] left = samples.Where(i => bins[feature][i] <= bin).ToArray(), right = samples.Where(i => bins[feature][i] > bin).ToArray();
            _feature[node] = feature;
            _threshold[node] = cuts[feature][bin];
            _left[node] = Grow(left, depth + 1);
            _right[node] = Grow(right, depth + 1);
            return node;
        }

        private (int Feature, int Bin)? BestSplit(int[] samples, double g, double h)
        {
            double parent = g * g / (h + options.L2), bestGain = 1e-9;
            (int, int)? best = null;
            for (int feature = 0; feature < cuts.Length; feature++)
            {
                int binCount = cuts[feature].Length + 1;
                if (binCount < 2) continue;
                var sumG = new double[binCount];
                var sumH = new double[binCount];
                var counts = new int[binCount];
                byte[] featureBins = bins[feature];
                foreach (int i in samples) { int b = featureBins[i]; sumG[b] += gradients[i]; sumH[b] += hessians[i]; counts[b]++; }
                double leftG = 0, leftH = 0;
                int leftCount = 0;
                for (int b = 0; b < binCount - 1; b++)
                {
                    leftG += sumG[b]; leftH += sumH[b]; leftCount += counts[b];
                    int rightCount = samples.Length - leftCount;
                    if (leftCount < options.MinimumLeafSamples) continue;
                    if (rightCount < options.MinimumLeafSamples) break;
                    double rightG = g - leftG, rightH = h - leftH;
                    double gain = leftG * leftG / (leftH + options.L2) + rightG * rightG / (rightH + options.L2) - parent;
                    if (gain > bestGain) (bestGain, best) = (gain, (feature, b));
                }
            }
            return best;
        }
    }
}

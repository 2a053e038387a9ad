namespace RadAudit.Learning.Training;

/// <summary>
/// Area under the ROC curve by the Mann–Whitney statistic with midranks for ties; NaN when a class is missing.
/// Private stand-in until RadAudit.Stats' AUC is merged (then this file goes).
/// </summary>
internal static class RankAreaUnderCurve
{
    public static double Compute(IReadOnlyList<double> scores, IReadOnlyList<int> labels)
    {
        int count = scores.Count;
        int[] order = Enumerable.Range(0, count).OrderBy(index => scores[index]).ToArray();
        var ranks = new double[count];
        for (int start = 0; start < count;)
        {
            int end = start;
            while (end + 1 < count && scores[order[end + 1]] == scores[order[start]]) end++;
            double midrank = (start + end) / 2.0 + 1;
            for (int position = start; position <= end; position++) ranks[order[position]] = midrank;
            start = end + 1;
        }
        long positives = labels.Count(label => label == 1);
        long negatives = count - positives;
        if (positives == 0 || negatives == 0) return double.NaN;
        double positiveRankSum = Enumerable.Range(0, count).Where(index => labels[index] == 1).Sum(index => ranks[index]);
        return (positiveRankSum - positives * (positives + 1) / 2.0) / (positives * (double)negatives);
    }
}

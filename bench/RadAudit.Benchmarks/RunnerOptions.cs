/// <summary>The <c>--key value</c> arguments after a plain runner's verb (model-step, epoch-overlap, scalar-race).</summary>
internal static class RunnerOptions
{
    /// <summary>Keys without their leading dashes; a later repeat wins; a trailing key without a value is ignored.</summary>
    public static Dictionary<string, string> Parse(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int index = 1; index + 1 < args.Length; index += 2) options[args[index].TrimStart('-')] = args[index + 1];
        return options;
    }
}

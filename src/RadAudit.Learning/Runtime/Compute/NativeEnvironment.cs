using System.Runtime.InteropServices;

namespace RadAudit.Learning.Runtime.Compute;

/// <summary>Sets a variable in the C library's environment, where native code (oneDNN's <c>getenv</c>) reads it;
/// .NET's <see cref="Environment.SetEnvironmentVariable(string, string)"/> changes only the managed copy on Linux.</summary>
internal static class NativeEnvironment
{
    /// <summary>Sets <paramref name="name"/> for native code and for .NET (and so for child processes).</summary>
    public static void Set(string name, string value)
    {
        Environment.SetEnvironmentVariable(name, value);
        if (OperatingSystem.IsLinux() && SetVariable(name, value, 1) != 0)
            throw new InvalidOperationException($"setenv({name}) failed.");
    }

    [DllImport("libc", EntryPoint = "setenv", CharSet = CharSet.Ansi)]
    private static extern int SetVariable(string name, string value, int overwrite);
}

using System.Diagnostics;

namespace RadAudit.Testing;

/// <summary>Named pipes and symbolic-link loops for the tests of readers that must refuse them (Unix only).</summary>
public static class SpecialFiles
{
    /// <summary>True where a named pipe can be made (Linux and macOS, with <c>mkfifo</c> on the path).</summary>
    public static bool CanMakePipes => !OperatingSystem.IsWindows() && (File.Exists("/usr/bin/mkfifo") || File.Exists("/bin/mkfifo"));

    /// <summary>Makes a named pipe at <paramref name="path"/> (folders created) and returns the path.</summary>
    public static string MakePipe(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using Process process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("mkfifo did not start");
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"mkfifo {path} exited with {process.ExitCode}");
        return path;
    }

    /// <summary>Makes <paramref name="path"/> and <paramref name="path"/>.other symbolic links to each other.</summary>
    public static string MakeLinkLoop(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        string other = path + ".other";
        File.CreateSymbolicLink(path, other);
        File.CreateSymbolicLink(other, path);
        return path;
    }

    /// <summary>The id of a process that has ended (so it runs nowhere on this machine now).</summary>
    public static int EndedProcessId()
    {
        using Process process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })
            ?? throw new InvalidOperationException("true did not start");
        process.WaitForExit();
        return process.Id;
    }

    /// <summary>Runs <paramref name="work"/> and fails the test if it does not end within <paramref name="seconds"/>
    /// (a reader that opens a named pipe would block forever).</summary>
    public static T WithinSeconds<T>(int seconds, Func<T> work)
    {
        Task<T> task = Task.Run(work);
        if (!task.Wait(TimeSpan.FromSeconds(seconds)))
            throw new TimeoutException($"still running after {seconds} s: a named pipe was opened?");
        return task.Result;
    }
}

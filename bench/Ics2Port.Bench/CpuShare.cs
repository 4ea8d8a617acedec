namespace Ics2Port.Bench;

using System.Globalization;

/// <summary>
/// How much of the machine's processor time went to processes outside this run (Linux): every core's busy time from
/// <c>/proc/stat</c> minus this process's and its children's (Azurite, the memory probes). Unlike the load average, it
/// does not count the run's own work, so a run alone on the machine reads near zero.
/// </summary>
internal sealed class CpuShare
{
    // USER_HZ: /proc reports times in clock ticks of 1/100 s on every Linux architecture .NET runs on.
    private const double TicksPerSecond = 100;

    private readonly (long Busy, long Own) _start;
    private readonly long _startedAt = Environment.TickCount64;

    private CpuShare((long Busy, long Own) start) => _start = start;

    /// <summary>Starts counting; null where <c>/proc</c> is not there to read.</summary>
    public static CpuShare? Start() => Sample() is { } start ? new CpuShare(start) : null;

    /// <summary>Cores' worth of processor time other processes used since <see cref="Start"/>, on average.</summary>
    public double? OthersCores()
    {
        if (Sample() is not { } end)
        {
            return null;
        }

        var seconds = (Environment.TickCount64 - _startedAt) / 1000.0;
        var othersTicks = (end.Busy - _start.Busy) - (end.Own - _start.Own);
        return seconds <= 0 ? null : Math.Max(0, othersTicks) / TicksPerSecond / seconds;
    }

    private static (long Busy, long Own)? Sample()
    {
        if (!File.Exists("/proc/stat"))
        {
            return null;
        }

        // cpu  user nice system idle iowait irq softirq steal ...: busy is everything but idle and iowait.
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray();
        var busy = fields.Sum() - fields[3] - fields[4];
        return (busy, OwnTicks());
    }

    // This process with the children it has reaped, and every live descendant with theirs.
    private static long OwnTicks()
    {
        var self = Environment.ProcessId;
        var processes = ReadProcesses();
        var total = 0L;
        var pending = new Stack<int>([self]);
        while (pending.TryPop(out var pid))
        {
            if (processes.TryGetValue(pid, out var process))
            {
                total += process.Ticks;
            }

            foreach (var child in processes.Where(entry => entry.Value.Parent == pid))
            {
                pending.Push(child.Key);
            }
        }

        return total;
    }

    private static Dictionary<int, (int Parent, long Ticks)> ReadProcesses()
    {
        var processes = new Dictionary<int, (int Parent, long Ticks)>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(directory, "stat"));
            }
            catch (IOException)
            {
                continue; // ended meanwhile
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }

            // pid (comm) state ppid ...: the command may hold spaces and parentheses, so fields count from the last ')'.
            var after = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var parent = int.Parse(after[1], CultureInfo.InvariantCulture);
            var ticks = long.Parse(after[11], CultureInfo.InvariantCulture) + long.Parse(after[12], CultureInfo.InvariantCulture)
                + long.Parse(after[13], CultureInfo.InvariantCulture) + long.Parse(after[14], CultureInfo.InvariantCulture);
            processes[pid] = (parent, ticks);
        }

        return processes;
    }
}

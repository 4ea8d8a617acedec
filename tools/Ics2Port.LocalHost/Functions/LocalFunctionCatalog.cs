namespace Ics2Port.LocalHost.Functions;

using Ics2Port.Functions.Hosting;

/// <summary>Every function of the app, bound for the local host; built at start, so a function it cannot bind stops the start.</summary>
public sealed class LocalFunctionCatalog
{
    public LocalFunctionCatalog()
    {
        All = [.. FunctionCatalog.Functions.Select(LocalFunction.Create)];
        var duplicate = All.GroupBy(function => function.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two functions are named '{duplicate.Key}'; the host requires unique names.");
        }
    }

    public IReadOnlyList<LocalFunction> All { get; }

    public IEnumerable<LocalFunction> OfKind(TriggerKind kind) => All.Where(function => function.Kind == kind);

    public LocalFunction? Find(string name) => All.FirstOrDefault(function => string.Equals(function.Name, name, StringComparison.OrdinalIgnoreCase));
}

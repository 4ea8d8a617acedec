namespace Ics2Port.Functions.Hosting;

using System.Reflection;
using Microsoft.Azure.Functions.Worker;

/// <summary>
/// The functions of this app as their attributes declare them, read by reflection: the same attributes the Worker SDK
/// turns into <c>functions.metadata</c>, so the OpenAPI document and the local host cannot drift from what Azure runs.
/// </summary>
public static class FunctionCatalog
{
    /// <summary>Every <c>[Function]</c> method of this app.</summary>
    public static IReadOnlyList<MethodInfo> Functions { get; } =
    [
        .. typeof(FunctionCatalog).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false })
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(method => method.GetCustomAttribute<FunctionAttribute>() is not null)
            .OrderBy(method => NameOf(method), StringComparer.Ordinal),
    ];

    /// <summary>The HTTP functions, in name order.</summary>
    public static IReadOnlyList<HttpFunction> Http { get; } =
    [
        .. Functions
            .Select(method => (method, trigger: method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).OfType<HttpTriggerAttribute>().FirstOrDefault()))
            .Where(function => function.trigger is not null)
            .Select(function => new HttpFunction(NameOf(function.method), function.method, function.trigger!)),
    ];

    /// <summary>The path of the blob function <paramref name="functionName"/>; null when there is no such blob function.</summary>
    public static BlobPathPattern? BlobTriggerPath(string functionName) =>
        Functions
            .Where(method => NameOf(method) == functionName)
            .SelectMany(method => method.GetParameters())
            .Select(parameter => parameter.GetCustomAttribute<BlobTriggerAttribute>())
            .OfType<BlobTriggerAttribute>()
            .Select(trigger => BlobPathPattern.Parse(trigger.BlobPath))
            .FirstOrDefault();

    public static string NameOf(MethodInfo method) =>
        method.GetCustomAttribute<FunctionAttribute>()?.Name ?? throw new ArgumentException($"{method.DeclaringType?.Name}.{method.Name} is not a function.", nameof(method));
}

using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Ics2Port.Functions.Tests.Packaging;

/// <summary>
/// infra/main.bicep compiled to ARM JSON with the Bicep CLI, read for what must agree with the function app: the
/// Event Grid subscriptions, their loop expanded over the list main.bicep passes the module, and the tables and
/// containers the storage module creates; and for the resources of main.bicep and its modules as ARM JSON, by symbolic
/// name (the template is compiled with languageVersion 2.0). Only the expression shapes the template uses are
/// understood; any other fails the read.
/// </summary>
internal sealed partial class InfrastructureTemplate
{
    private const string Unresolved = "unresolved";

    private static readonly Lazy<InfrastructureTemplate> CompiledMain = new(Compile);

    private readonly JsonObject _main;

    private InfrastructureTemplate(JsonObject main) => _main = main;

    /// <summary>infra/main.bicep, compiled once per test run.</summary>
    public static InfrastructureTemplate Main => CompiledMain.Value;

    private static InfrastructureTemplate Compile()
    {
        var template = Path.Combine(RepositoryRoot.Find(), "infra", "main.bicep");
        var build = BicepCompiler.Build(template);
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException($"bicep build {template} failed ({build.ExitCode}):\n{build.Error}");
        }

        return new InfrastructureTemplate(JsonNode.Parse(build.Output)!.AsObject());
    }

    public IReadOnlyList<BlobEventSubscription> BlobEventSubscriptions()
    {
        var (module, subscription) = Modules()
            .SelectMany(m => Resources(m["properties"]!["template"]!).Select(r => (Module: m, Resource: r)))
            .Single(pair => Type(pair.Resource) == "Microsoft.EventGrid/systemTopics/eventSubscriptions");
        var loop = LoopCountPattern().Match(Text(subscription["copy"]?["count"]));
        if (!loop.Success || loop.Groups["kind"].Value != "parameters")
        {
            throw new InvalidOperationException("The event subscriptions are not one per entry of a module parameter.");
        }

        var parameter = loop.Groups["name"].Value;
        var entries = Resolve(module["properties"]!["parameters"]![parameter]!["value"]).AsArray();
        var properties = subscription["properties"]!;
        var endpoint = Text(properties["destination"]!["properties"]!["endpointUrl"]);
        var subject = Text(properties["filter"]!["subjectBeginsWith"]);
        return [.. entries.Select(entry => new BlobEventSubscription(Fill(endpoint, parameter, entry!), Fill(subject, parameter, entry!)))];
    }

    /// <summary>
    /// The containers the storage module creates for the app: the roles of infra/storage-layout.json and the container
    /// of each blob-triggered function.
    /// </summary>
    public IReadOnlyList<string> Containers() =>
        [.. LayoutNames("containers").Union(ModuleArgument("storage", "blobFunctions").AsArray().Select(f => Text(f!["container"])))];

    /// <summary>The tables the storage module creates: the roles of infra/storage-layout.json.</summary>
    public IReadOnlyList<string> Tables() => LayoutNames("tables");

    /// <summary>A parameter main.bicep declares, with its type, default and bounds.</summary>
    public JsonNode Parameter(string name) =>
        _main["parameters"]?[name] ?? throw new InvalidOperationException($"main.bicep has no parameter '{name}'.");

    /// <summary>A resource or module of main.bicep by its symbolic name.</summary>
    public JsonNode Resource(string symbolicName) =>
        _main["resources"]?[symbolicName] ?? throw new InvalidOperationException($"main.bicep declares no '{symbolicName}'.");

    /// <summary>The symbolic names of main.bicep's resources (or modules) of a type.</summary>
    public IReadOnlyList<string> ResourceNames(string type) =>
        [.. _main["resources"]!.AsObject().Where(r => Type(r.Value!) == type).Select(r => r.Key)];

    /// <summary>The symbolic names a resource or module of main.bicep waits for.</summary>
    public IReadOnlyList<string> DependsOn(string symbolicName) =>
        [.. Resource(symbolicName)["dependsOn"]?.AsArray().Select(d => Text(d)) ?? []];

    /// <summary>
    /// What main.bicep passes a module's parameter, a literal or variable resolved, else the expression as text (for a
    /// conditional value, the expression of the whole <c>{ "value": … }</c>).
    /// </summary>
    public JsonNode ModuleArgument(string module, string parameter)
    {
        var argument = Resource(module)["properties"]!["parameters"]![parameter]
            ?? throw new InvalidOperationException($"Module '{module}' gets no parameter '{parameter}'.");
        var value = argument is JsonObject ? argument["value"]! : argument;
        return IsExpression(value, out var text) && !VariablePattern().IsMatch(text) ? value : Resolve(value);
    }

    /// <summary>The resources of a type a module of main.bicep deploys.</summary>
    public IReadOnlyList<JsonNode> ModuleResources(string module, string type) =>
        [.. Resources(ModuleTemplate(module)).Where(r => Type(r) == type)];

    /// <summary>The list a module resource's copy loop runs over: a parameter or variable of the module.</summary>
    public JsonArray LoopEntries(string module, JsonNode resource)
    {
        var loop = LoopCountPattern().Match(Text(resource["copy"]?["count"]));
        return loop.Success
            ? ModuleValue(module, JsonValue.Create($"[{loop.Groups["kind"].Value}('{loop.Groups["name"].Value}')]")).AsArray()
            : throw new InvalidOperationException($"A {Type(resource)} of module '{module}' is not one per entry of a list.");
    }

    /// <summary>
    /// A value inside a module's template: a literal as it is, <c>[parameters('p')]</c> as main.bicep passes it, and
    /// <c>[variables('v')]</c> as the module declares it; any other expression as its text.
    /// </summary>
    public JsonNode ModuleValue(string module, JsonNode? value)
    {
        if (!IsExpression(value, out var text))
        {
            return value ?? throw new InvalidOperationException($"A value in module '{module}' is missing.");
        }

        var parameter = ParameterPattern().Match(text);
        return parameter.Success ? ModuleArgument(module, parameter.Groups["name"].Value)
            : VariablePattern().IsMatch(text) ? Resolve(value, ModuleTemplate(module))
            : value!;
    }

    /// <summary>
    /// The names and values of an expression that builds <c>createObject('name', '…', 'value', …)</c> pairs, as a site's
    /// app settings are compiled; each value as its expression text, a literal with its quotes.
    /// </summary>
    public static IReadOnlyDictionary<string, string> NamedValues(string expression)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match call in CreateObjectPattern().Matches(expression))
        {
            var start = call.Index + call.Length;
            var arguments = SplitArguments(expression[start..ClosingParenthesis(expression, start)]).Select(a => a.Trim()).ToList();
            if (arguments is ["'name'", ['\'', .. var name, '\''], "'value'", var value])
            {
                pairs[name] = value;
            }
        }

        return pairs;
    }

    /// <summary>A string of the compiled template; empty when there is none.</summary>
    public static string Text(JsonNode? node) => node?.GetValue<string>() ?? string.Empty;

    private List<string> LayoutNames(string kind) =>
        [.. ModuleArgument("storage", "layout")[kind]!.AsObject().Select(role => Text(role.Value))];

    private JsonNode ModuleTemplate(string module) => Resource(module)["properties"]!["template"]!;

    private static bool IsExpression(JsonNode? value, out string text)
    {
        text = value is JsonValue literal && literal.TryGetValue<string>(out var found) ? found : string.Empty;
        return text.StartsWith('[');
    }

    private IEnumerable<JsonNode> Modules() =>
        Resources(_main).Where(r => Type(r) == "Microsoft.Resources/deployments");

    // Bicep writes resources as an array, or with languageVersion 2.0 as an object keyed by symbolic name.
    private static IEnumerable<JsonNode> Resources(JsonNode template) => template["resources"] switch
    {
        JsonArray array => array.Select(r => r!),
        JsonObject byName => byName.Select(r => r.Value!),
        _ => [],
    };

    private static string Type(JsonNode resource) => Text(resource["type"]);

    // A literal, or "[variables('name').property...]" of main.bicep or the given template, followed through variables
    // that name other variables (as loadJsonContent's does).
    private JsonNode Resolve(JsonNode? value, JsonNode? template = null)
    {
        if (!IsExpression(value, out var text))
        {
            return value ?? throw new InvalidOperationException("A module parameter has no value.");
        }

        var reference = VariablePattern().Match(text);
        if (!reference.Success)
        {
            throw new InvalidOperationException($"Cannot read '{text}': only literals and variables are understood.");
        }

        template ??= _main;
        var node = Resolve(template["variables"]?[reference.Groups["name"].Value], template);
        foreach (var property in reference.Groups["path"].Value.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node[property] ?? throw new InvalidOperationException($"'{text}' names nothing in the template's variables.");
        }

        return node;
    }

    // A literal, or "[format('...', args)]" whose loop-entry arguments, parameters('p')[copyIndex()].property, are
    // filled in; any other argument (a reference, listKeys) becomes "unresolved".
    private static string Fill(string value, string loopParameter, JsonNode entry)
    {
        if (!value.StartsWith('['))
        {
            return value;
        }

        var call = FormatPattern().Match(value);
        if (!call.Success)
        {
            throw new InvalidOperationException($"Cannot read '{value}': only format(...) is understood.");
        }

        var arguments = SplitArguments(call.Groups["arguments"].Value);
        var format = arguments[0].Trim()[1..^1].Replace("''", "'", StringComparison.Ordinal);
        return PlaceholderPattern().Replace(format, placeholder =>
        {
            var argument = LoopEntryPattern().Match(arguments[int.Parse(placeholder.Groups[1].Value, CultureInfo.InvariantCulture) + 1].Trim());
            return argument.Success && argument.Groups["parameter"].Value == loopParameter
                ? Text(entry[argument.Groups["property"].Value])
                : Unresolved;
        });
    }

    // The index of the ")" that closes the call whose arguments start at start.
    private static int ClosingParenthesis(string text, int start)
    {
        var depth = 0;
        var quoted = false;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '\'')
            {
                quoted = !quoted;
            }
            else if (!quoted && text[i] == '(')
            {
                depth++;
            }
            else if (!quoted && text[i] == ')' && depth-- == 0)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"Unbalanced parentheses in '{text}'.");
    }

    // Splits at the commas outside quotes, parentheses and brackets.
    private static List<string> SplitArguments(string text)
    {
        var arguments = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        var quoted = false;
        foreach (var character in text)
        {
            if (character == '\'')
            {
                quoted = !quoted;
            }
            else if (!quoted && character is '(' or '[')
            {
                depth++;
            }
            else if (!quoted && character is ')' or ']')
            {
                depth--;
            }
            else if (!quoted && depth == 0 && character == ',')
            {
                arguments.Add(current.ToString());
                current.Clear();
                continue;
            }

            current.Append(character);
        }

        arguments.Add(current.ToString());
        return arguments;
    }

    [GeneratedRegex(@"^\[length\((?<kind>parameters|variables)\('(?<name>\w+)'\)\)\]$")]
    private static partial Regex LoopCountPattern();

    [GeneratedRegex(@"^\[variables\('(?<name>[^']+)'\)(?<path>(\.\w+)*)\]$")]
    private static partial Regex VariablePattern();

    [GeneratedRegex(@"^\[parameters\('(?<name>\w+)'\)\]$")]
    private static partial Regex ParameterPattern();

    [GeneratedRegex(@"createObject\(")]
    private static partial Regex CreateObjectPattern();

    [GeneratedRegex(@"^\[format\((?<arguments>.*)\)\]$")]
    private static partial Regex FormatPattern();

    [GeneratedRegex(@"\{(\d+)\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"^parameters\('(?<parameter>\w+)'\)\[copyIndex\(\)\]\.(?<property>\w+)$")]
    private static partial Regex LoopEntryPattern();
}

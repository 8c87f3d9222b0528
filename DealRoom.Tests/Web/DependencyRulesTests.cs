using System.Reflection;
using System.Reflection.Emit;
using System.Text.RegularExpressions;
using DealRoom.Tests.Support;
using DealRoom.Web.Features.Rooms;
using DealRoom.Web.Persistence;

namespace DealRoom.Tests.Web;

/// <summary>
/// The web project's folders depend on each other one way (docs/architecture.md, "Folders"): features on the core,
/// never the core on a feature. Read from the compiled assembly (signatures, fields, and the types and members each
/// method body names), so a fully qualified name or a service looked up by type counts as much as a using.
/// </summary>
public sealed partial class DependencyRulesTests
{
    private const string Web = "DealRoom.Web.";

    /// <summary>What Persistence may know of Collaboration: the op-log contract the sequencer depends on.</summary>
    private static readonly HashSet<string> OpLogContract =
        ["DealRoom.Web.Collaboration.IOpLog", "DealRoom.Web.Collaboration.RoomLoad", "DealRoom.Web.Collaboration.OpLogConflictException"];

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    [Theory]
    [InlineData("Persistence", "Features")]
    [InlineData("Persistence", "Collaboration")]
    [InlineData("Collaboration", "Features")]
    [InlineData("Access", "Features")]
    [InlineData("Access", "Collaboration")]
    [InlineData("Collaboration", "Persistence")]
    [InlineData("Access", "Persistence")]
    [InlineData("Infrastructure", "Features")]
    [InlineData("Infrastructure", "Collaboration")]
    [InlineData("Infrastructure", "Persistence")]
    public void Folder_ShouldNotDependOnTheOtherFolder_WhenCompiled(string from, string to)
    {
        var offending = References(typeof(DealRoomDbContext).Assembly)
            .Where(r => InFolder(r.From, from) && InFolder(r.To, to))
            .Where(r => !(from == "Persistence" && OpLogContract.Contains(r.To.FullName ?? string.Empty)))
            .Where(r => !(to == "Persistence" && from != "Infrastructure" && InFolder(r.To, "Persistence.Entities")))
            .Select(r => $"{r.From.FullName} -> {r.To.FullName}")
            .Distinct()
            .Order()
            .ToList();

        Assert.Empty(offending);
    }

    [Fact]
    public void References_ShouldIncludeTypesNamedOnlyInAMethodBody_WhenScanned()
    {
        // AddDealRoomRooms names IRoomObserver only as a generic argument inside its body: proof the scan reads bodies.
        var references = References(typeof(RoomsSetup).Assembly).Where(r => r.From == typeof(RoomsSetup)).Select(r => r.To.Name);

        Assert.Contains("IRoomObserver", references);
    }

    [Fact]
    public void CoreSources_ShouldNotNameAFeature_WhenRead()
    {
        var root = Path.Combine(RepositoryRoot.Path, "DealRoom.Web");
        var offending = new[] { "Persistence", "Collaboration", "Access", "Infrastructure" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            // Old migrations name the entity types of their day in strings (e.g. "DealRoom.Web.Features.Access.TeamUser"): history, not a dependency.
            .Where(file => !file.Contains("Migrations", StringComparison.Ordinal))
            .Where(file => FeatureName().IsMatch(File.ReadAllText(file)))
            .Select(file => Path.GetRelativePath(root, file))
            .ToList();

        Assert.Empty(offending);
    }

    private static bool InFolder(Type type, string folder)
    {
        var ns = type.Namespace ?? string.Empty;
        return ns == Web + folder || ns.StartsWith(Web + folder + ".", StringComparison.Ordinal);
    }

    private static IEnumerable<(Type From, Type To)> References(Assembly assembly)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var type in assembly.GetTypes())
        {
            var named = new List<Type?> { type.BaseType };
            named.AddRange(type.GetInterfaces());
            named.AddRange(type.GetFields(all).Select(f => f.FieldType));
            named.AddRange(type.GetProperties(all).Select(p => p.PropertyType));
            foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                named.AddRange(method.GetParameters().Select(p => p.ParameterType));
                if (method is MethodInfo info)
                {
                    named.Add(info.ReturnType);
                }

                named.AddRange(BodyReferences(type, method));
            }

            foreach (var to in named.OfType<Type>().SelectMany(Expand).Distinct())
            {
                yield return (type, to);
            }
        }
    }

    private static IEnumerable<Type> Expand(Type type)
    {
        yield return type;
        if (type.HasElementType && type.GetElementType() is { } element)
        {
            foreach (var inner in Expand(element))
            {
                yield return inner;
            }
        }

        if (type.IsGenericType && !type.IsGenericTypeDefinition)
        {
            foreach (var inner in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return inner;
            }
        }
    }

    /// <summary>The types, methods and fields a method body names (their declaring types and generic arguments).</summary>
    private static IEnumerable<Type> BodyReferences(Type type, MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            return [];
        }

        var found = new List<Type>();
        var typeArguments = type.IsGenericTypeDefinition ? type.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethodDefinition ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            var value = (short)il[at++];
            if (value == 0xFE)
            {
                value = unchecked((short)(0xFE00 | il[at++]));
            }

            var opCode = OpCodesByValue[value];
            if (opCode.OperandType is OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok)
            {
                AddMember(method.Module, BitConverter.ToInt32(il, at), typeArguments, methodArguments, found);
            }

            at += opCode.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
                _ => 4,
            };
        }

        return found;
    }

    private static void AddMember(Module module, int token, Type[]? typeArguments, Type[]? methodArguments, List<Type> found)
    {
        MemberInfo? member;
        try
        {
            member = module.ResolveMember(token, typeArguments, methodArguments);
        }
        catch (ArgumentException)
        {
            return;
        }

        switch (member)
        {
            case Type type:
                found.Add(type);
                break;
            case MethodBase called:
                found.AddRange(called.DeclaringType is { } declaring ? [declaring] : []);
                if (called is MethodInfo { IsGenericMethod: true } generic)
                {
                    found.AddRange(generic.GetGenericArguments());
                }

                break;
            case FieldInfo field:
                found.AddRange(field.DeclaringType is { } owner ? [owner, field.FieldType] : [field.FieldType]);
                break;
        }
    }

    [GeneratedRegex(@"using\s+DealRoom\.Web\.Features|\bFeatures\.[A-Z]")]
    private static partial Regex FeatureName();
}

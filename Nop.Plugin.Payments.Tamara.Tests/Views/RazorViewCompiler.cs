using System.Reflection;
using Microsoft.AspNetCore.Mvc.Razor.Extensions;
using Microsoft.AspNetCore.Razor.Language;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Razor;

namespace Nop.Plugin.Payments.Tamara.Tests.Views;

/// <summary>
/// Compiles Razor views the way nopCommerce's runtime compilation does (Microsoft.AspNetCore.Mvc.Razor.RuntimeCompilation:
/// the MVC Razor engine with tag helper and view component discovery, then Roslyn), against the reference SDK
/// </summary>
public sealed class RazorViewCompiler
{
    #region Fields

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(LoadReferences);

    private readonly RazorProjectEngine _engine;

    #endregion

    #region Ctor

    /// <param name="rootDirectory">Folder the view paths start from (the plugin project: "/Views/...")</param>
    public RazorViewCompiler(string rootDirectory)
    {
        var fileSystem = RazorProjectFileSystem.Create(rootDirectory);
        _engine = RazorProjectEngine.Create(RazorConfiguration.Default, fileSystem, builder =>
        {
            RazorExtensions.Register(builder);
            builder.Features.Add(new DefaultMetadataReferenceFeature { References = References.Value });
            builder.Features.Add(new CompilationTagHelperFeature());
            builder.Features.Add(new DefaultTagHelperDescriptorProvider());
            builder.Features.Add(new ViewComponentTagHelperDescriptorProvider());
        });
    }

    #endregion

    #region Utilities

    //the test run's own assemblies: .NET, ASP.NET Core, the reference SDK (Nop.*) and the plugin
    private static IReadOnlyList<MetadataReference> LoadReferences()
    {
        var paths = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(Directory.GetFiles(Path.GetDirectoryName(typeof(RazorViewCompiler).Assembly.Location)!, "Nop.*.dll"));

        return paths
            .Where(path => path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .DistinctBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Where(IsManagedAssembly)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
    }

    private static bool IsManagedAssembly(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    private IReadOnlyList<string> Emit(string viewPath, Stream output)
    {
        var codeDocument = _engine.Process(_engine.FileSystem.GetItem(viewPath, FileKinds.Legacy));
        var csharpDocument = codeDocument.GetCSharpDocument();
        var razorErrors = csharpDocument.Diagnostics
            .Where(diagnostic => diagnostic.Severity == RazorDiagnosticSeverity.Error)
            .Select(diagnostic => $"{viewPath} {diagnostic.Span.LineIndex + 1}: {diagnostic.Id} {diagnostic.GetMessage()}")
            .ToList();
        if (razorErrors.Count > 0)
            return razorErrors;

        var syntaxTree = CSharpSyntaxTree.ParseText(csharpDocument.GeneratedCode, new CSharpParseOptions(LanguageVersion.Latest), path: viewPath);
        var compilation = CSharpCompilation.Create($"View_{Guid.NewGuid():N}", [syntaxTree], References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));

        return compilation.Emit(output).Diagnostics
            .Where(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error)
            .Select(diagnostic => $"{viewPath} {diagnostic.Location.GetMappedLineSpan().StartLinePosition.Line + 1}: {diagnostic.Id} {diagnostic.GetMessage()}")
            .ToList();
    }

    #endregion

    #region Methods

    /// <summary>
    /// Lists the view paths (from the root, e.g. "/Views/Admin/Configure.cshtml") under a folder, imports left out
    /// </summary>
    public static IReadOnlyList<string> FindViews(string rootDirectory) => Directory
        .GetFiles(Path.Combine(rootDirectory, "Views"), "*.cshtml", SearchOption.AllDirectories)
        .Where(path => !Path.GetFileName(path).StartsWith("_ViewImports", StringComparison.OrdinalIgnoreCase))
        .Select(path => "/" + Path.GetRelativePath(rootDirectory, path).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// Compiles one view with its _ViewImports
    /// </summary>
    /// <param name="viewPath">Path from the root, e.g. "/Views/Admin/Configure.cshtml"</param>
    /// <returns>The errors, Razor's and C#'s, each with its line; none when the view compiles</returns>
    public IReadOnlyList<string> Compile(string viewPath) => Emit(viewPath, Stream.Null);

    /// <summary>
    /// Compiles one view with its _ViewImports and loads it, so that it can be rendered
    /// </summary>
    /// <param name="viewPath">Path from the root, e.g. "/Views/Public/Widget.cshtml"</param>
    /// <returns>The view's page type (an IRazorPage)</returns>
    public Type Load(string viewPath)
    {
        using var assembly = new MemoryStream();
        var errors = Emit(viewPath, assembly);
        if (errors.Count > 0)
            throw new InvalidOperationException(string.Join(Environment.NewLine, errors));

        return Assembly.Load(assembly.ToArray()).GetTypes()
            .Single(type => typeof(Microsoft.AspNetCore.Mvc.Razor.IRazorPage).IsAssignableFrom(type) && !type.IsAbstract);
    }

    #endregion
}

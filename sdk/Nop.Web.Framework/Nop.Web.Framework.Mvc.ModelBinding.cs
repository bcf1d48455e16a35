using System.ComponentModel;

namespace Nop.Web.Framework.Mvc.ModelBinding;

public partial interface IModelAttribute
{
    string Name { get; }
}

[AttributeUsage(AttributeTargets.Property)]
public sealed class NopResourceDisplayNameAttribute : DisplayNameAttribute, IModelAttribute
{
    public NopResourceDisplayNameAttribute(string resourceKey) : base(resourceKey) { ResourceKey = resourceKey; }
    public string Name { get { throw null; } }
    public string ResourceKey { get; set; }
}

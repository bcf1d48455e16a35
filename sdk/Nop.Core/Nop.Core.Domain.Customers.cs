using Nop.Core.Domain.Common;

namespace Nop.Core.Domain.Customers;

public partial class Customer : BaseEntity, ISoftDeletedEntity
{
    public Customer() { }
    public int? BillingAddressId { get; set; }
    public string City { get; set; }
    public int CountryId { get; set; }
    public string County { get; set; }
    public DateTime CreatedOnUtc { get; set; }
    public DateTime? DateOfBirth { get; set; }
    public bool Deleted { get; set; }
    public string Email { get; set; }
    public string FirstName { get; set; }
    public string Gender { get; set; }
    public int? LanguageId { get; set; }
    public string LastName { get; set; }
    public string Phone { get; set; }
    public int? ShippingAddressId { get; set; }
    public int StateProvinceId { get; set; }
    public string ZipPostalCode { get; set; }
}

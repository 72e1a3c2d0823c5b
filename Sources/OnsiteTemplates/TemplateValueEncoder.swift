/// Turns an `Encodable` view into a ``TemplateValue`` tree.
///
/// Keys are the coding keys (the property names, for synthesized conformances); an optional
/// that is `nil` leaves its key out, so a template looking it up climbs to the enclosing values,
/// as Mustache does for a missing name.
public enum TemplateValueEncoder {
    public static func encode(_ value: some Encodable) throws -> TemplateValue {
        try encodeNested(value, at: [])
    }
}

/// What one encoder wrote: a single value, an object or a list. Containers nested inside it
/// (rare: synthesized conformances never ask for them) are kept as storages of their own and
/// folded in when ``value`` is read.
private final class Storage {
    var single: TemplateValue?
    var fields: [String: TemplateValue]?
    var items: [TemplateValue]?
    var nestedFields: [(key: String, storage: Storage)] = []
    var nestedItems: [(index: Int, storage: Storage)] = []

    var value: TemplateValue {
        if var fields {
            for nested in nestedFields { fields[nested.key] = nested.storage.value }
            return .object(fields)
        }
        if var items {
            for nested in nestedItems { items[nested.index] = nested.storage.value }
            return .list(items)
        }
        return single ?? .null
    }

    func nestedField(_ key: String) -> Storage {
        let nested = Storage()
        nestedFields.append((key, nested))
        return nested
    }

    func nestedItem() -> Storage {
        let nested = Storage()
        nestedItems.append((items?.count ?? 0, nested))
        items?.append(.null)
        return nested
    }
}

/// The value of `value`: primitives and kept trees directly, anything else through its
/// `encode(to:)`.
///
/// Types are told apart by comparing metatypes, which is a pointer comparison; a dynamic cast
/// per candidate type (`value as? String`, and worse, `as? any BinaryInteger`, which looks a
/// conformance up) cost more than encoding a small struct.
private func encodeNested<T: Encodable>(_ value: T, at path: [any CodingKey]) throws -> TemplateValue {
    // The containers' other primitive overloads arrive here too (their defaults are generic).
    let type = ObjectIdentifier(T.self)
    if type == ObjectIdentifier(String.self) { return .string(value as! String) }
    if type == ObjectIdentifier(Int.self) { return .int(value as! Int) }
    if type == ObjectIdentifier(Bool.self) { return .bool(value as! Bool) }
    if type == ObjectIdentifier(Double.self) { return .double(value as! Double) }
    if type == ObjectIdentifier(TemplateValue.self) { return value as! TemplateValue }
    if let integer = integer(value, of: type) { return integer }
    if type == ObjectIdentifier(Float.self) { return .double(Double(value as! Float)) }
    let storage = Storage()
    try value.encode(to: ValueEncoder(storage: storage, codingPath: path))
    return storage.value
}

/// `value` as an `.int` when `T` is one of the fixed-width integer types other than `Int`
/// (as text when it is a `UInt` too large for an `Int`); `nil` for any other type.
private func integer<T>(_ value: T, of type: ObjectIdentifier) -> TemplateValue? {
    func int(_ integer: some BinaryInteger) -> TemplateValue {
        Int(exactly: integer).map(TemplateValue.int) ?? .string("\(integer)")
    }
    switch type {
    case ObjectIdentifier(Int64.self): return int(value as! Int64)
    case ObjectIdentifier(Int32.self): return int(value as! Int32)
    case ObjectIdentifier(Int16.self): return int(value as! Int16)
    case ObjectIdentifier(Int8.self): return int(value as! Int8)
    case ObjectIdentifier(UInt.self): return int(value as! UInt)
    case ObjectIdentifier(UInt64.self): return int(value as! UInt64)
    case ObjectIdentifier(UInt32.self): return int(value as! UInt32)
    case ObjectIdentifier(UInt16.self): return int(value as! UInt16)
    case ObjectIdentifier(UInt8.self): return int(value as! UInt8)
    default: return nil
    }
}

/// The encoder handed to each value. Nested values get their container's coding path, without
/// their own key appended: nothing here throws, and the path would cost an allocation per field.
private struct ValueEncoder: Encoder {
    let storage: Storage
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if storage.fields == nil { storage.fields = Dictionary(minimumCapacity: 16) }
        return KeyedEncodingContainer(ObjectContainer<Key>(storage: storage, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if storage.items == nil { storage.items = [] }
        return ListContainer(storage: storage, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleContainer(storage: storage, codingPath: codingPath)
    }
}

private struct ObjectContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let storage: Storage
    var codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws { storage.fields?[key.stringValue] = .null }
    mutating func encode(_ value: Bool, forKey key: Key) throws { storage.fields?[key.stringValue] = .bool(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { storage.fields?[key.stringValue] = .string(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { storage.fields?[key.stringValue] = .double(value) }
    mutating func encode(_ value: Int, forKey key: Key) throws { storage.fields?[key.stringValue] = .int(value) }

    mutating func encode(_ value: some Encodable, forKey key: Key) throws {
        storage.fields?[key.stringValue] = try encodeNested(value, at: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = storage.nestedField(key.stringValue)
        nested.fields = [:]
        return KeyedEncodingContainer(ObjectContainer<NestedKey>(storage: nested, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = storage.nestedField(key.stringValue)
        nested.items = []
        return ListContainer(storage: nested, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder {
        ValueEncoder(storage: storage.nestedField("super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        ValueEncoder(storage: storage.nestedField(key.stringValue), codingPath: codingPath + [key])
    }
}

private struct ListContainer: UnkeyedEncodingContainer {
    let storage: Storage
    var codingPath: [any CodingKey]
    var count: Int { storage.items?.count ?? 0 }

    mutating func encodeNil() throws { storage.items?.append(.null) }
    mutating func encode(_ value: String) throws { storage.items?.append(.string(value)) }
    mutating func encode(_ value: Int) throws { storage.items?.append(.int(value)) }
    mutating func encode(_ value: Bool) throws { storage.items?.append(.bool(value)) }
    mutating func encode(_ value: Double) throws { storage.items?.append(.double(value)) }

    mutating func encode(_ value: some Encodable) throws {
        storage.items?.append(try encodeNested(value, at: codingPath))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        let nested = storage.nestedItem()
        nested.fields = [:]
        return KeyedEncodingContainer(ObjectContainer<NestedKey>(storage: nested, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = storage.nestedItem()
        nested.items = []
        return ListContainer(storage: nested, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder { ValueEncoder(storage: storage.nestedItem(), codingPath: codingPath) }
}

private struct SingleContainer: SingleValueEncodingContainer {
    let storage: Storage
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws { storage.single = .null }
    mutating func encode(_ value: String) throws { storage.single = .string(value) }
    mutating func encode(_ value: Int) throws { storage.single = .int(value) }
    mutating func encode(_ value: Bool) throws { storage.single = .bool(value) }
    mutating func encode(_ value: Double) throws { storage.single = .double(value) }
    mutating func encode(_ value: some Encodable) throws { storage.single = try encodeNested(value, at: codingPath) }
}
